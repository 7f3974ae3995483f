/**
 * Site furniture that text renderings keep: sign-in prompts, feedback widgets, tester notes,
 * source links. Never a fact about the method.
 */
const CHROME = [
  /^was this page helpful\??/i,
  /cannot be used with the tester/i,
  /^see the common errors guide/i,
  /sign in to test/i,
  /not signed in(to)? any/i,
  /^go to slack$/i,
  /^view source$/i,
  /^(summary|functions|types|callbacks|api reference|on this page|edit this page|copy|yes|no)$/i,
  /^skip to (main )?content$/i,
  /^\(?[A-Za-z]+ v\d[\w.-]*\)?$/,
  /^powered by /i,
  /^you're seeing just the function\b/i,
  /^[\w .-]{1,30}(\s+[/›»>·|]\s+[\w .-]{1,30})+$/,
  /^(http|javascript|python|java|bolt for [a-z]+)$/i,
];

export function isChrome(text: string): boolean {
  const t = text.trim();
  return CHROME.some((re) => re.test(t));
}
