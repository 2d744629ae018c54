/**
 * The petition cases of the benchmark's synthetic site (交办信访件): `count` cases in `batches`
 * daily batches from the day after the inspection team arrives, handled the way districts handle
 * them — most leads report 办理中 within days and 办结 (or 阶段性办结) around the 办理时限, some
 * late, some not yet; some 配合 units report too; the office publishes and signs off part of
 * what is concluded. Every file passes `npm run check`. Its own random sequence, so a site with
 * cases has the same tasks, reports and bulletins as one without.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A unit the cases may name. */
export interface CaseUnit {
  id: string;
  name: string;
  kind: string;
}

/** The first batch's 交办日期: the day after 督察组进驻 (2022-06-01 in the generated milestones). */
const FIRST_BATCH = '2022-06-02';
/** Units report on their cases every this many days (each on its own days), as teams do in a busy month. */
const REPORT_EVERY = 3;
/** 办理时限 when a case sets none (src/config.ts `cases.dueDays`). */
const DUE_DAYS = 15;

const SOURCES = [
  ['来电', 55],
  ['来信', 40],
  ['中央环保督察交办件', 2],
  ['省级信访件', 2],
  ['自查', 1],
] as const;
const TYPES = [
  ['大气', 30],
  ['噪声', 20],
  ['油烟', 12],
  ['水', 14],
  ['扬尘', 8],
  ['固废', 7],
  ['生态', 4],
  ['土壤', 3],
  ['辐射', 1],
  ['其他', 1],
] as const;
const INDUSTRIES = ['餐饮业', '化工', '建筑施工', '畜禽养殖', '金属制品', '印刷', '物流仓储', '汽修', '木材加工', '商业服务'];
const PLACES = ['某小区东侧', '某村三组', '工业园区内', '某路与某路交叉口', '河道沿线', '某市场后门', '某学校附近', '某厂区围墙外'];
/** What complaints of each type say. */
const COMPLAINTS: Record<string, readonly string[]> = {
  大气: ['企业废气未经处理直排，周边居民反映有刺激性气味', '露天焚烧垃圾，烟雾较大，气味刺鼻'],
  噪声: ['一家企业夜间生产，噪声扰民，影响附近居民休息', '工地夜间施工，机械轰鸣'],
  油烟: ['餐饮店油烟直排，未安装净化设施'],
  水: ['河道内有暗管排放污水，水体发黑发臭', '养殖场粪污直排农田，臭味明显'],
  扬尘: ['工地渣土未覆盖，车辆带泥上路，扬尘严重'],
  固废: ['固体废物随意堆放，雨天渗滤液流入沟渠'],
  生态: ['山体被违规开挖，植被破坏严重'],
  土壤: ['废弃厂区土壤有油污渗出'],
  辐射: ['居民楼顶新建基站，担心辐射影响健康'],
  其他: ['企业环评手续不全，擅自扩大生产规模'],
};
const ASKS = ['请求尽快查处', '要求责令整改', '多次反映未解决', '希望彻底关停'];
const VERIFICATIONS = ['经现场核查，反映情况基本属实。', '执法人员现场检查，企业正在生产，治污设施运行不正常。', '经调查，反映问题部分属实，企业已停止违规行为。', '现场核查未发现反映的问题。'];
const HANDLINGS = ['已责令企业立即整改，并立案查处。', '已督促安装油烟净化设施，现已整改到位。', '已清理现场并覆盖裸土，落实长效保洁。', '已拆除排污暗管，对河道进行清淤。'];
const ACCOUNTABILITY = ['对企业负责人约谈。', '对相关责任人诫勉谈话。', '立案处罚 5 万元。'];
const NAMES = ['张某华', '李某明', '王某芳', '赵某强'];

/** `date` plus `days`, as `YYYY-MM-DD`. */
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const yaml = (value: string) => JSON.stringify(value);

/** A value drawn from `weighted` [value, weight] pairs. */
function weightedPick<T>(weighted: readonly (readonly [T, number])[], draw: number): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let at = draw * total;
  for (const [value, weight] of weighted) {
    if (at < weight) return value;
    at -= weight;
  }
  return weighted.at(-1)![0];
}

/**
 * Writes `count` cases in `batches` batch files under `content/cases/`, and the units' handling
 * reports under `content/casework/`. Regions are the 板块 of `units`; leads are mostly the region
 * itself, else a 职能部门.
 */
export function generateCases(content: string, units: readonly CaseUnit[], count: number, batches: number, next: () => number): void {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const regions = units.filter((unit) => unit.kind === '板块');
  const departments = units.filter((unit) => unit.kind === '职能部门');
  const unitIndex = new Map(units.map((unit, index) => [unit.id, index]));
  // Each unit reports on its own days: the first day on or after `date` it reports on.
  const reportDay = (unit: string, date: string) => {
    const offset = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${FIRST_BATCH}T00:00:00Z`)) / 86_400_000);
    const shift = (((unitIndex.get(unit)! - offset) % REPORT_EVERY) + REPORT_EVERY) % REPORT_EVERY;
    return addDays(date, shift);
  };
  // unit → date → the lines of its report on that date.
  const casework = new Map<string, Map<string, string[]>>();
  const report = (unit: string, date: string, line: string) => {
    const days = casework.get(unit) ?? casework.set(unit, new Map()).get(unit)!;
    (days.get(date) ?? days.set(date, []).get(date)!).push(line);
  };

  mkdirSync(join(content, 'cases'), { recursive: true });
  for (let batch = 0; batch < batches; batch++) {
    const date = addDays(FIRST_BATCH, batch);
    const size = Math.floor(((batch + 1) * count) / batches) - Math.floor((batch * count) / batches);
    const lines: string[] = [];
    for (let seq = 1; seq <= size; seq++) {
      const id = `D3SX${date.replaceAll('-', '')}${String(seq).padStart(4, '0')}`;
      const region = pick(regions);
      const first = weightedPick(TYPES, next());
      let types: string[] = [first];
      if (next() < 0.2) {
        const second = weightedPick(TYPES, next());
        if (second !== first) types = [first, second];
      }
      const lead = next() < 0.65 ? region : pick(departments);
      const leads = [lead.id];
      if (next() < 0.05) {
        const other = pick(departments);
        if (!leads.includes(other.id)) leads.push(other.id);
      }
      const assist: string[] = [];
      for (let n = next() < 0.5 ? 0 : next() < 0.8 ? 1 : 2; n > 0; n--) {
        const other = pick(departments);
        if (!leads.includes(other.id) && !assist.includes(other.id)) assist.push(other.id);
      }
      const named = next() < 0.02 ? pick(NAMES) : undefined;
      const summary = `${named === undefined ? '群众' : `举报人${named}`}反映：${region.name}${pick(PLACES)}${pick(COMPLAINTS[first] ?? COMPLAINTS['其他']!)}，${pick(ASKS)}。`;
      const ownDue = next() < 0.1 ? addDays(date, next() < 0.5 ? 7 : 30) : undefined;
      const due = ownDue ?? addDays(date, DUE_DAYS);
      const industry = next() < 0.8 ? pick(INDUSTRIES) : undefined;

      // The handling: 办理中 within days, 办结 around the 办理时限 (a fifth of them late), the rest still open.
      let office = '';
      if (next() < 0.92) {
        const started = reportDay(lead.id, addDays(date, 1 + Math.floor(next() * 4)));
        const concludes = next() < 0.85;
        const concluded = concludes ? reportDay(lead.id, addDays(due, -10 + Math.floor(next() * 14))) : undefined;
        const onlyConcluded = concluded !== undefined && concluded <= started;
        if (!onlyConcluded) report(lead.id, started, `  - case: ${id}\n    state: 办理中\n`);
        if (concluded !== undefined) {
          const day = concluded < started ? started : concluded;
          const truth = weightedPick([['属实', 55], ['部分属实', 25], ['不属实', 20]] as const, next());
          const accountable = truth !== '不属实' && next() < 0.15 ? `    accountability: ${yaml(pick(ACCOUNTABILITY))}\n` : '';
          report(
            lead.id,
            day,
            `  - case: ${id}\n    state: ${next() < 0.7 ? '已办结' : '阶段性办结'}\n    verification: ${yaml(pick(VERIFICATIONS))}\n    truth: ${truth}\n    handling: ${yaml(pick(HANDLINGS))}\n${accountable}`,
          );
          if (next() < 0.5) office += `    published: ${addDays(day, 1 + Math.floor(next() * 3))}\n`;
          if (next() < 0.4) office += `    signedOff:\n      date: ${addDays(day, 2 + Math.floor(next() * 5))}\n      note: 经现场核查，整改到位。\n`;
        }
        // Some supporting units say what they did, once.
        for (const unit of assist) if (next() < 0.3) report(unit, reportDay(unit, addDays(date, 2 + Math.floor(next() * 5))), `  - case: ${id}\n    state: 办理中\n    handling: "已配合牵头单位开展现场核查。"\n`);
      }

      lines.push(
        `  - id: ${id}\n    source: ${weightedPick(SOURCES, next())}\n${next() < 0.05 ? '    focus: true\n' : ''}    region: ${region.id}\n    types: [${types.join(', ')}]\n` +
          `${industry === undefined ? '' : `    industry: ${industry}\n`}    summary: ${yaml(summary)}\n    lead: [${leads.join(', ')}]\n` +
          `${assist.length === 0 ? '' : `    assist: [${assist.join(', ')}]\n`}${ownDue === undefined ? '' : `    due: ${ownDue}\n`}${named === undefined ? '' : `    personalNames: [${named}]\n`}${office}`,
      );
    }
    if (size > 0) writeFileSync(join(content, 'cases', `${batch + 1}.yaml`), `date: ${date}\nsheet: ${yaml(`第${batch + 1}批交办件.xlsx`)}\ncases:\n${lines.join('')}`);
  }

  for (const [unit, days] of casework) {
    mkdirSync(join(content, 'casework', unit), { recursive: true });
    for (const [date, lines] of days) writeFileSync(join(content, 'casework', unit, `${date}.yaml`), `reporter: 王某某\ncases:\n${lines.join('')}`);
  }
}
