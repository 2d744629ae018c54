/** An evidence file (佐证材料) a report names, published beside the report as it lies in content/reports/. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { root } from 'astro:config/server';
import { getSite } from '~/data/load';
import { evidenceFiles } from '~/data/views/unitReports';

export const getStaticPaths = (async () => evidenceFiles(await getSite())) satisfies GetStaticPaths;

// From the project's root, not the working directory: the benchmarks build a project elsewhere.
export const GET: APIRoute<{ path: string }> = ({ props }) => new Response(readFileSync(new URL(props.path, root)));
