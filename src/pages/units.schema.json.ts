/** The JSON Schema of units.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { UnitsExportSchema } from '~/schemas/export';

export const GET: APIRoute = () => new Response(`${JSON.stringify(z.toJSONSchema(UnitsExportSchema), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
