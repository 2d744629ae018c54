/** The JSON Schema of tasks.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { TasksExportSchema } from '~/schemas/export';

export const GET: APIRoute = () => new Response(`${JSON.stringify(z.toJSONSchema(TasksExportSchema), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
