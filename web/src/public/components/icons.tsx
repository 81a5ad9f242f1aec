/** Icons drawn inline (no requests, work offline), always beside words that say the same: never the only signal. */
type IconProps = { className?: string };

const base = { viewBox: '0 0 48 48', 'aria-hidden': true, focusable: false } as const;

export function TickIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <circle cx="24" cy="24" r="22" fill="currentColor" opacity="0.18" />
      <path d="M13 25.5l7.5 7.5L35.5 17" fill="none" stroke="currentColor" strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function CrossIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <circle cx="24" cy="24" r="22" fill="currentColor" opacity="0.18" />
      <path d="M15.5 15.5l17 17M32.5 15.5l-17 17" fill="none" stroke="currentColor" strokeWidth="5" strokeLinecap="round" />
    </svg>
  );
}

export function ClockIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <circle cx="24" cy="24" r="19" fill="none" stroke="currentColor" strokeWidth="4.5" />
      <path d="M24 13v11.5l7.5 5" fill="none" stroke="currentColor" strokeWidth="4.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function QuestionIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <circle cx="24" cy="24" r="19" fill="none" stroke="currentColor" strokeWidth="4.5" />
      <path d="M18.5 19a5.5 5.5 0 1 1 8 4.9c-1.6.8-2.5 2-2.5 3.6V29" fill="none" stroke="currentColor" strokeWidth="4.5" strokeLinecap="round" />
      <circle cx="24" cy="35" r="2.8" fill="currentColor" />
    </svg>
  );
}

export function CameraIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M6 16a4 4 0 0 1 4-4h6l3-4h10l3 4h6a4 4 0 0 1 4 4v20a4 4 0 0 1-4 4H10a4 4 0 0 1-4-4z" fill="none" stroke="currentColor" strokeWidth="4" strokeLinejoin="round" />
      <circle cx="24" cy="25" r="7.5" fill="none" stroke="currentColor" strokeWidth="4" />
    </svg>
  );
}

export function OfflineIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M5 18a28 28 0 0 1 38 0M11 25a19 19 0 0 1 26 0M17.5 32a10 10 0 0 1 13 0" fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
      <circle cx="24" cy="38.5" r="3" fill="currentColor" />
      <path d="M8 6l32 36" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
    </svg>
  );
}
