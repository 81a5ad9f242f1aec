/** The public endpoints are open to every origin (a till system's web page, an offline verifier). */
export const PUBLIC_CORS = {
  origin: '*',
  methods: ['GET', 'POST', 'OPTIONS'],
  allowedHeaders: ['content-type', 'authorization', 'x-partner-key'],
  maxAge: 86_400,
} as const;
