/**
 * The shared objects the records name by `schema` without defining them. IDs and other scalars
 * are strings; the rest are objects (or, for a few, arrays) that the generated package declares
 * once each as a named, documented open type.
 */

const SCALARS = new Set([
  'app_id',
  'bot_id',
  'channel',
  'channel_id',
  'file_id',
  'invite_id',
  'team_id',
  'ts',
  'user_id',
  'workspace_id',
  'enterprise_id',
  'enterprise_user_id',
  'role_id',
  'barrier_id',
  'subteam_id',
  'function_id',
  'function_trigger_type_id',
  'app_request_id',
  'list_record_id',
  'date',
  'list_export_status',
  'list_export_format',
  'file_access_level',
  'entity_types',
  'error',
  'enterprise_name',
]);

const ARRAYS = new Set(['message_activity', 'blocks', 'prompts']);

export type SharedObjectKind = 'string' | 'object' | 'array';

export function sharedObjectKind(name: string): SharedObjectKind {
  if (SCALARS.has(name) || /(^|_)(id|ts|token)$/.test(name)) return 'string';
  if (ARRAYS.has(name)) return 'array';
  return 'object';
}
