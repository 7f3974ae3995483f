// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import { main } from './cli.js';

void main();
