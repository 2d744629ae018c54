/** An evidence file (佐证材料) a report names, published beside the report as it lies in content/reports/. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '~/data/load';
import { evidenceFiles } from '~/data/views/unitReports';

export const getStaticPaths = (async () => evidenceFiles(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = ({ props }) => new Response(readFileSync(props.path));
