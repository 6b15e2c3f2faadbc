/** The Node Buffer the .xlsx adapter's zip code writes headers with, for the web page's bundle. */
export { Buffer } from 'buffer';
