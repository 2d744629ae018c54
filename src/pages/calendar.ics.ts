/** Every dated deadline as an iCalendar file, for whatever calendar program a unit uses (DingTalk, Feishu, Outlook …). */
import type { APIRoute } from 'astro';
import { exportedTasks, icsResponse } from '~/data/exports';
import { t } from '~/i18n/t';

export const GET: APIRoute = async (context) => icsResponse(context, await exportedTasks(context), t('exports.all'));
