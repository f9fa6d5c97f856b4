/*
 * What the search benchmark searches: the real corpus (both data modules), synthetic corpora grown
 * from it, the queries, and the pastes. Synthetic documents come from a seeded PRNG, so every run
 * searches the same data: each copies a real document's fields (so body text is as long and as
 * bilingual as ours), swaps the resource it is about, fills the message placeholders with made-up
 * names (so the vocabulary grows as a real catalogue's would) and adds a sentence in each language.
 */
import raw from '../../src/features/error-codes/data/error-codes.json';
import type { ErrorCodeData } from '../../src/features/error-codes/data/error-codes.schema';
import { statusCodeData } from '../../src/features/status-codes/data/status-codes';
import { buildCorpus, knownErrors } from '../../src/features/search/corpus';
import type { SearchDoc } from '../../src/features/search/engine/types';
import { TEST_GATEWAY, TEST_NEUTRON } from '../../src/test/pastes/test-known';
import type { Known } from '../../src/lib/paste/recognize';

export const errorData = raw as ErrorCodeData;
export const realCorpus: SearchDoc[] = buildCorpus(statusCodeData, errorData);
/** The real error codes and messages, with the tests' gateway and Neutron lists (until the catalogues land). */
export const known: Known = { ...knownErrors(errorData), gateway: TEST_GATEWAY, neutron: TEST_NEUTRON };

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESOURCES = [
  ['subnet', '子网'],
  ['security group', '安全组'],
  ['EIP', '弹性公网IP'],
  ['NAT gateway', 'NAT网关'],
  ['VPN connection', 'VPN连接'],
  ['load balancer', '负载均衡器'],
  ['peering connection', '对等连接'],
  ['route table', '路由表'],
  ['network ACL', '网络ACL'],
  ['bandwidth', '带宽'],
] as const;
const EN_TAIL = [
  'The token may have expired.',
  'The resource may still be in use.',
  'Check the quota of the project.',
  'Retry after the previous operation completes.',
  'The request timed out at the gateway.',
  'The ID does not exist in this region.',
];
const ZH_TAIL = [
  '令牌可能已过期。',
  '资源可能仍在使用中。',
  '请检查项目配额。',
  '请在上一个操作完成后重试。',
  '请求在网关处超时。',
];
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'shi', 'zen', 'pol', 'dar', 'ex'];

export function syntheticCorpus(count: number, seed = 0x5eed): SearchDoc[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const name = () => Array.from({ length: 3 }, () => pick(SYLLABLES)).join('');
  return Array.from({ length: count }, (_, i): SearchDoc => {
    const base = pick(realCorpus);
    const [en, zh] = pick(RESOURCES);
    const fields = base.fields.map((f) => {
      let text = f.lang === 'zh' ? f.text.replace(/子网/g, zh) : f.text.replace(/\bsubnet\b/g, en);
      if (f.name === 'message') text = text.replace(/\bxxx?\b/g, () => `${name()}-${String(i)}`);
      if (f.name === 'meaning.en') text += ` ${pick(EN_TAIL)}`;
      if (f.name === 'meaning.zh') text += pick(ZH_TAIL);
      return { ...f, text };
    });
    // A tenth are status codes (repeating the real ones), the rest error codes with numbers of their own.
    if (base.kind === 'status' || i % 10 === 0) return { ...base, fields };
    return { kind: 'error', code: `VPC.${String(i % 10000).padStart(4, '0')}`, num: i % 10000, fields };
  });
}

const longQuery = (() => {
  const rnd = mulberry32(2000);
  const words = ['subnet', 'quota', '超时', 'timeout', 'gateway', '404', '<script>', '(*)', 'the', 'in', 'use'];
  let q = '';
  while (q.length < 2000) q += `${words[Math.floor(rnd() * words.length)] ?? ''} `;
  return q.slice(0, 2000);
})();

export const BENCH_QUERIES: readonly { label: string; query: string }[] = [
  ...[
    // Chinese
    '超时',
    '认证',
    '子网',
    '不存在',
    '安全组',
    '子网不存在',
    // English
    'subnet',
    'quota',
    'permission',
    'token expired',
    'in use',
    'subnets',
    'deleting',
    'could not be found',
    'the',
    'e',
    // codes
    '404',
    '40',
    '4xx',
    '４０４',
    'VPC.0114',
    'VPC 0114',
    '114',
    'vpc.01',
    'vpc.',
    // typos
    'timout',
    'forbiden',
    'permision',
    'subent',
    // several words
    'subnet in use',
    'delete the subnet quota exceeded',
    "Quota exceeded for resources: ['router'].",
  ].map((q) => ({ label: q, query: q })),
  { label: '<2,000 chars>', query: longQuery },
  { label: '(empty)', query: '' },
];

const QUOTA = "Quota exceeded for resources: ['router'].";
const neutron = (type: string, message: string) => JSON.stringify({ NeutronError: { type, message, detail: '' } });

/** Lines of `terraform destroy` above the error, repeated up to `chars`, then the error in its frame. */
function terraformBlock(chars: number, error: readonly string[]): string {
  const subnet = '890a6bd1-385b-43eb-8ad9-12c069a1fbf0';
  const progress = [
    `module.network.opentelekomcloud_vpc_subnet_v1.subnet: Destroying... [id=${subnet}]`,
    'module.cce.opentelekomcloud_cce_node_pool_v3.pool: Destruction complete after 1m2s',
    `module.network.opentelekomcloud_vpc_subnet_v1.subnet: Still destroying... [id=${subnet}, 10s elapsed]`,
    'module.network.opentelekomcloud_networking_secgroup_rule_v2.ingress["https"]: Destruction complete after 1s',
  ];
  const framed = [
    '╷',
    ...error.map((line) => `│ ${line}`),
    '│',
    '│   with module.network.opentelekomcloud_vpc_subnet_v1.subnet,',
    '│   on modules/network/main.tf line 12, in resource "opentelekomcloud_vpc_subnet_v1" "subnet":',
    '│   12: resource "opentelekomcloud_vpc_subnet_v1" "subnet" {',
    '╵',
  ].join('\n');
  let head = '';
  for (let i = 0; head.length + framed.length < chars; i++) head += `${progress[i % progress.length]!}\n`;
  return head + framed;
}

const DELETE =
  'DELETE https://vpc.eu-de.otc.t-systems.com/v1/4c0825626d2c47e38c9e4b782e0f5a53/vpcs/c484f99e/subnets/890a6bd1';

/** A 5 kB `terraform destroy` log ending in a VPC error body: what a reader pastes from a CI run. */
export const TERRAFORM_BLOCK = terraformBlock(5000, [
  `Error: Error deleting OpenTelekomCloud Subnet: Expected HTTP response code [202 204] when accessing [${DELETE}], but got 409 instead`,
  '{"code":"VPC.0209","message":"subnet is still used ,such as computer,LB."}',
]);

/** The same with a Neutron message and no code: the recogniser looks for the templates in all of it. */
export const TERRAFORM_BLOCK_MESSAGE = terraformBlock(5000, [
  `Error: Error deleting OpenTelekomCloud Subnet: Resource conflict with: [${DELETE}], error message: Unable to complete operation on subnet 890a6bd1: One or more ports have an IP allocation from this subnet.`,
]);

/** Pastes: `body` marks what a reader pastes from a response (the < 1 ms target); the rest is hostile. */
export const BENCH_PASTES: readonly { label: string; text: string; body: boolean }[] = [
  { label: 'VPC body', text: JSON.stringify({ code: 'VPC.0114', message: QUOTA }), body: true },
  {
    label: 'error_code body',
    text: JSON.stringify({ error_code: 'VPC.0114', error_msg: QUOTA, request_id: 'r' }),
    body: true,
  },
  {
    label: 'batch with Neutron',
    text: JSON.stringify({
      fail: [1, 2, 3].map((n) => ({
        id: `p${String(n)}`,
        error_code: 'VPC.0608',
        error_msg: neutron('PortNotFound', 'Port p could not be found.'),
      })),
    }),
    body: true,
  },
  { label: 'Neutron body', text: neutron('SecurityGroupInUse', 'Security group 5c0e is in use.'), body: true },
  {
    label: 'status line + body',
    text: `HTTP/1.1 409 Conflict\r\n\r\n${JSON.stringify({ code: 'VPC.0114', message: QUOTA })}`,
    body: true,
  },
  { label: 'log line', text: `2024-05-01 ERROR POST /v1/vpcs returned 409: VPC.0114 ${QUOTA}`, body: true },
  { label: 'message alone', text: 'Security group 5c0e1f2a is in use.', body: true },
  { label: 'cut-off JSON', text: '{"code": "VPC.0114", "message": "Quota exceeded for re', body: true },
  {
    label: 'escaped in a log',
    text: `body: "{\\"error_code\\": \\"VPC.0114\\", \\"error_msg\\": \\"${QUOTA}\\"}"`,
    body: true,
  },
  { label: 'Terraform block, 5 kB', text: TERRAFORM_BLOCK, body: true },
  { label: 'Terraform block, no code', text: TERRAFORM_BLOCK_MESSAGE, body: true },
  { label: '50 kB of text', text: 'lorem ipsum '.repeat(4200), body: false },
  { label: '50 kB of {', text: '{'.repeat(50_000), body: false },
  { label: '25k-deep nesting', text: '['.repeat(25_000) + ']'.repeat(25_000), body: false },
  { label: 'control characters', text: '\u0000\u0001\u0007\u001b[31m'.repeat(5000), body: false },
];
