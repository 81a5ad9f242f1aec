import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MessageLanguage } from '../shared/languages.ts';
import { requestLanguage } from './request-language.ts';
import { hasMessage, translator } from './translate.ts';

/**
 * The public contract (/api/v1/..., /.well-known/...) speaks the caller's
 * Accept-Language in the words the API itself writes: its error messages
 * (codes never change) and anything else it builds. What staff typed
 * (benefit titles, descriptions, conditions, the organisation's name) stays as
 * typed. The answer says its language in Content-Language.
 */
export function isPublicPath(url: string): boolean {
  return url.startsWith('/api/v1/') || url.startsWith('/.well-known/');
}

/**
 * Negotiates the language of a public answer and says it (Content-Language).
 * A cacheable answer also gets `Vary: Accept-Language`, so a shared cache
 * keeps one copy per language.
 */
export function answerLanguage(request: FastifyRequest, reply: FastifyReply, options: { cacheable: boolean }): MessageLanguage {
  const language = requestLanguage(request.headers['accept-language']);
  void reply.header('content-language', language);
  if (options.cacheable) addVary(reply, 'Accept-Language');
  return language;
}

function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((f) => f.trim()).filter(Boolean);
  if (fields.includes('*') || fields.some((f) => f.toLowerCase() === field.toLowerCase())) return;
  void reply.header('vary', [...fields, field].join(', '));
}

/**
 * A public error's message in the caller's language: English keeps the message
 * the code wrote (it may name the field at fault); another language has the
 * catalogue's sentence for the code (`errors.<CODE>`), or English when the
 * catalogue has none. Returns the language the message is in. The sentences
 * are per code, so they must fit every public route that can answer it
 * (NOT_FOUND's speaks of a partner link: the only public route that answers it).
 */
export function publicErrorMessage(code: string, message: string, language: MessageLanguage): { message: string; language: MessageLanguage } {
  const key = `errors.${code}`;
  if (language === 'en' || !hasMessage(key)) return { message, language: 'en' };
  return { message: translator(language)(key), language };
}
