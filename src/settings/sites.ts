/** The sites Heard runs on by default (PRODUCT.md §3). Each entry can be switched off in settings. */
export interface DefaultSite {
  /** Stable key stored in settings. */
  id: string;
  name: string;
  /** Match patterns used for the manifest's content script and host permissions. */
  matches: string[];
}

export const DEFAULT_SITES: readonly DefaultSite[] = [
  { id: 'gmail', name: 'Gmail', matches: ['https://mail.google.com/*'] },
  {
    id: 'outlook',
    name: 'Outlook',
    matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  },
  { id: 'slack', name: 'Slack', matches: ['https://app.slack.com/*'] },
  { id: 'discord', name: 'Discord', matches: ['https://discord.com/*'] },
  { id: 'whatsapp', name: 'WhatsApp Web', matches: ['https://web.whatsapp.com/*'] },
  {
    id: 'messenger',
    name: 'Messenger and Facebook',
    matches: ['https://www.messenger.com/*', 'https://www.facebook.com/*'],
  },
  { id: 'instagram', name: 'Instagram', matches: ['https://www.instagram.com/*'] },
  { id: 'linkedin', name: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
  { id: 'x', name: 'X', matches: ['https://x.com/*', 'https://twitter.com/*'] },
  {
    id: 'reddit',
    name: 'Reddit',
    matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*'],
  },
  { id: 'teams', name: 'Microsoft Teams', matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'] },
  { id: 'telegram', name: 'Telegram Web', matches: ['https://web.telegram.org/*'] },
  { id: 'google-chat', name: 'Google Chat', matches: ['https://chat.google.com/*'] },
  { id: 'google-messages', name: 'Google Messages', matches: ['https://messages.google.com/*'] },
];

export const DEFAULT_MATCHES: readonly string[] = DEFAULT_SITES.flatMap((site) => site.matches);
