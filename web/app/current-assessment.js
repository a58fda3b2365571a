// The assessment on screen ({posting, result, details, savedId}), shared by Assess and Report.
let current = null;

export const getCurrent = () => current;

export function setCurrent(assessment) {
  current = assessment;
}

/** A short title for lists: the matched position, or the posting's first line. */
export function assessmentTitle(assessment, pick) {
  const best = assessment?.result?.best;
  const posting = assessment?.posting;
  const firstLine = (typeof posting === 'string' ? posting : posting?.title ?? posting?.text ?? '').trim().split('\n')[0];
  const matched = best && best.kind !== 'none' ? pick(best, 'name') : '';
  return (firstLine || matched || '—').slice(0, 80);
}
