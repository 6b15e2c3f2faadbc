import { paneStrings } from '../i18n/pane';

// The ribbon commands' message window: the text comes in the address, so the page needs no Office.js.
const params = new URLSearchParams(window.location.search);
const t = paneStrings(params.get('lang') === 'en' ? 'en' : 'vi');
document.documentElement.lang = t.lang;
document.title = t.commands.noticeTitle;
const put = (id: string, text: string) => {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
};
put('title', t.commands.noticeTitle);
put('message', params.get('m') ?? '');
put('hint', t.commands.noticeClose);
