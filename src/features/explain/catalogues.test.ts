// @vitest-environment node
import core from 'virtual:explain/core';
import en from 'virtual:explain/texts/en';
import zh from 'virtual:explain/texts/zh';
import { describe, expect, it } from 'vitest';
import pastes from '@/test/pastes/real-pastes.json';
import { paths } from '@/lib/paths';
import { createExplainer } from './explainer';

const BASE = 'https://portal.example.com/docs/vpc/';
const { explain, lookup, list } = createExplainer(core, { zh, en }, BASE);
/** A real paste from the recogniser's fixtures (each with its source URL there). */
const paste = (id: string) => pastes.find((p) => p.id === id)!.text;

describe('the gateway and Neutron catalogues', () => {
  it('answers a throttled call with the gateway code, its status and page', () => {
    const [a, ...rest] = explain(paste('hwc-1335-apigw-0308-throttled'), { lang: 'en' });
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ kind: 'gateway', code: 'APIGW.0308', status: 429, confidence: 'certain' });
    expect(a?.title).toBe(en.gateway['APIGW.0308']!.title);
    expect(a?.url).toBe(`${BASE}${paths.gatewayCode('en', 'APIGW.0308').slice(1)}`);
    expect(a?.retry.advice).toBe(en.retry.vpc[a?.retry.policy ?? '']);
  });

  it('answers a NeutronError body with its type, in either language', () => {
    const [a] = explain(paste('otc-1913-subnet-not-found'), { lang: 'zh' });
    expect(a).toMatchObject({ kind: 'neutron', code: 'SubnetNotFound', status: 404, confidence: 'certain' });
    expect(a?.title).toBe(zh.neutron.SubnetNotFound!.title);
    expect(a?.url).toContain(paths.neutronError('zh', 'SubnetNotFound').slice(1));
  });

  it('names a Neutron type matched from its message alone as likely, with the template it matched', () => {
    const answers = explain(paste('os-migrate-594-conflict-subnet-in-use'), { lang: 'en' });
    const a = answers.find((x) => x.kind === 'neutron');
    expect(a).toMatchObject({ code: 'SubnetInUse', status: 409, confidence: 'likely' });
    expect(a?.matchedMessage).toBe(core.neutron.find((t) => t.type === 'SubnetInUse')!.template);
  });

  it('gives the retry advice of the status the response has, where a code’s statuses differ', () => {
    const byStatus = core.errors.find((e) => e.code === 'VPC.0105')!;
    expect(byStatus.retryByStatus?.['404']).toBeDefined();
    const notFound = explain('HTTP/1.1 404 Not Found\n{"code": "VPC.0105", "message": "Neutron error."}', {
      lang: 'en',
    });
    expect(notFound[0]?.retry.policy).toBe(byStatus.retryByStatus?.['404']);
    const failed = explain('HTTP/1.1 500 Internal Server Error\n{"code": "VPC.0105", "message": "Neutron error."}', {
      lang: 'en',
    });
    expect(failed[0]?.retry.policy).toBe(byStatus.retry);
    expect(failed[0]?.retry.policy).not.toBe(notFound[0]?.retry.policy);
  });

  it('looks up and lists gateway codes and Neutron types', () => {
    expect(lookup('apigw0301', { lang: 'en' })).toMatchObject({ kind: 'gateway', code: 'APIGW.0301', status: 401 });
    expect(lookup('subnetinuse', { lang: 'en' })).toMatchObject({ kind: 'neutron', code: 'SubnetInUse', status: 409 });
    const conflicts = list({ status: 409, lang: 'en' });
    expect(conflicts.some((a) => a.kind === 'neutron' && a.code === 'SubnetInUse')).toBe(true);
    expect(list({ kind: 'gateway', lang: 'en' }).map((a) => a.code)).toEqual(core.gateway.map((c) => c.code));
  });
});
