import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../api/src/app.ts';
import pino from 'pino';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type SchemaNode = { type?: string | string[]; const?: unknown; enum?: unknown[]; maximum?: number; exclusiveMaximum?: number; properties?: Record<string, SchemaNode>; items?: SchemaNode; anyOf?: SchemaNode[]; oneOf?: SchemaNode[]; allOf?: SchemaNode[] };

/** Every number a request may carry, by where it is: `GET /api/cards query page`. */
function unboundedNumbers(spec: { paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema: SchemaNode }[]; requestBody?: { content: Record<string, { schema: SchemaNode }> } }>> }): string[] {
  const found: string[] = [];
  const walk = (node: SchemaNode | undefined, where: string) => {
    if (!node) return;
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if ((types.includes('integer') || types.includes('number')) && node.maximum === undefined && node.exclusiveMaximum === undefined && node.const === undefined && node.enum === undefined) found.push(where);
    for (const [name, child] of Object.entries(node.properties ?? {})) walk(child, `${where}.${name}`);
    walk(node.items, `${where}[]`);
    for (const child of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) walk(child, where);
  };
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      for (const parameter of operation.parameters ?? []) walk(parameter.schema, `${method.toUpperCase()} ${path} ${parameter.in} ${parameter.name}`);
      for (const [type, content] of Object.entries(operation.requestBody?.content ?? {})) walk(content.schema, `${method.toUpperCase()} ${path} body(${type})`);
    }
  }
  return found;
}

describe.each(testEngines())('hostile numbers and what the log keeps, on %s', (engine) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    token = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
  });
  afterAll(async () => t.close());

  it('bounds every number in every request schema', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(spec.paths).length).toBeGreaterThan(40);
    expect(unboundedNumbers(spec)).toEqual([]);
  });

  it.each([
    '/api/holders?q=Zebedee%20Quillfeather&dateOfBirth=2012-05-17&page=99999999999999999999',
    '/api/audit?before=1e20',
    '/api/outbox?page=1e20',
    '/api/cards?page=1e20',
    '/api/cards?page=2000000',
    '/api/audit?before=2147483648',
  ])('answers 400, not 500, to %s, and logs none of the query', async (url) => {
    const before = t.logs.length;
    const response = await t.app.inject({ method: 'GET', url, headers: bearer(token) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    const written = t.logs.slice(before).join('');
    expect(written).not.toContain('Zebedee');
    expect(written).not.toContain('2012-05-17');
  });

  it('answers staff calls that hold tokens, codes or personal data with Cache-Control: no-store', async () => {
    const holder = (
      await t.app.inject({ method: 'POST', url: '/api/holders', headers: bearer(token), payload: { givenName: 'Ada', familyName: 'Nocache', dateOfBirth: '2012-05-17', consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written' } })
    ).json().holder;
    const card = (await t.app.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, headers: bearer(token), payload: {} })).json().card;
    const sent = (await t.app.inject({ method: 'POST', url: `/api/cards/${card.id}/invitations`, headers: bearer(token), payload: { channel: 'print' } })).json();
    for (const url of ['/api/auth/me', `/api/cards/${card.id}`, '/api/cards', `/api/outbox/${sent.message.id}`, '/api/outbox', `/api/invitations?holderId=${holder.id}`, '/api/audit', '/api/holders', '/api/staff']) {
      const response = await t.app.inject({ method: 'GET', url, headers: bearer(token) });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toMatch(/^(private, )?no-store$/);
    }
    // Public answers meant to be cached keep their own.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/status-list' })).headers['cache-control']).toMatch(/^public/);
  });

  it('logs an internal error without its message, which may quote a child’s name and date of birth', async () => {
    // A real Prisma validation error (the one an unbounded page number caused): its message quotes the whole query.
    const error = await t.app.deps.db.holder
      .findMany({ where: { givenName: { contains: 'Zebedee' }, dateOfBirth: '2012-05-17', familyName: 7 as unknown as string } })
      .then(() => undefined, (e: unknown) => e);
    expect(String((error as Error).message)).toContain('Zebedee');
    const lines: string[] = [];
    // The options the app's logger runs with (Fastify passes `stream` to pino as its destination).
    const { stream, ...options } = loggerOptions('info', { write: (line: string) => lines.push(line) });
    const logger = pino(options, stream);
    logger.error({ err: error }, 'request failed');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line.err.type).toMatch(/Prisma/);
    expect(line.err.stack).toContain(' at ');
    expect(lines[0]).not.toContain('Zebedee');
    expect(lines[0]).not.toContain('2012-05-17');
  });
});
