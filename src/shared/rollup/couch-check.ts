/**
 * What the rollup database's validate_doc_update checks a roll-up against (provision.ts): the
 * zod contract (document.ts) turned into a JSON Schema, and a small checker of that schema written
 * as ES5 source text for CouchDB's JavaScript engine. Strict objects become
 * `additionalProperties: false`, so a document with one field more than the contract — a session
 * text put there by mistake — is refused by the server as it is by the app.
 */
import { z } from 'zod'
import { ROLLUP_PREFIX, rollupDocumentSchema } from './document'

/** The contract as a JSON Schema (refinements such as the period code are checked apart). */
export function rollupJsonSchema(): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(rollupDocumentSchema, { io: 'input' }) as Record<string, unknown>
  return schema
}

/** Same rule as period.ts's PERIOD_RE, as a string for the server's engine. */
const PERIOD_PATTERN = '^\\d{4}(Q[1-4]|H[12]|Y)$'

/**
 * ES5 statements defining `rollupProblem(doc, code)`: the Chinese reason a document is not a
 * roll-up of that studio, or null. Top-level members starting with `_` (`_rev`, `_revisions`)
 * are CouchDB's own, handed over in its own forms, and are not the contract's to check.
 */
export function rollupCheckSource(): string {
  return `var ROLLUP_SCHEMA = ${JSON.stringify(rollupJsonSchema())};
  var ROLLUP_PREFIX = ${JSON.stringify(ROLLUP_PREFIX)};
  function shapeProblem(v, s, path, top) {
    var i, k;
    if (s.anyOf) {
      for (i = 0; i < s.anyOf.length; i++) if (!shapeProblem(v, s.anyOf[i], path, top)) return null;
      return path + ' 格式不正确';
    }
    if (s.hasOwnProperty('const') && v !== s['const']) return path + ' 应为 ' + JSON.stringify(s['const']);
    if (s['enum'] && s['enum'].indexOf(v) === -1) return path + ' 的值不在允许范围内';
    var t = s.type;
    if (t === 'null') return v === null ? null : path + ' 应为空';
    if (t === 'boolean') return typeof v === 'boolean' ? null : path + ' 应为是或否';
    if (t === 'string') {
      if (typeof v !== 'string') return path + ' 应为文字';
      if (s.maxLength !== undefined && v.length > s.maxLength) return path + ' 过长';
      if (s.pattern && !new RegExp(s.pattern).test(v)) return path + ' 格式不正确';
      return null;
    }
    if (t === 'integer' || t === 'number') {
      if (typeof v !== 'number' || !isFinite(v)) return path + ' 应为数字';
      if (t === 'integer' && Math.floor(v) !== v) return path + ' 应为整数';
      if (s.minimum !== undefined && v < s.minimum) return path + ' 过小';
      if (s.maximum !== undefined && v > s.maximum) return path + ' 过大';
      return null;
    }
    if (t === 'array') {
      if (Object.prototype.toString.call(v) !== '[object Array]') return path + ' 应为列表';
      if (s.maxItems !== undefined && v.length > s.maxItems) return path + ' 项数过多';
      for (i = 0; i < v.length; i++) {
        var p = shapeProblem(v[i], s.items || {}, path + '[' + i + ']', false);
        if (p) return p;
      }
      return null;
    }
    if (t === 'object') {
      if (!v || typeof v !== 'object' || Object.prototype.toString.call(v) === '[object Array]') return path + ' 应为对象';
      var props = s.properties || {};
      for (k in v) {
        if (!v.hasOwnProperty(k) || (top && k.charAt(0) === '_')) continue;
        if (props.hasOwnProperty(k)) {
          var q = shapeProblem(v[k], props[k], path + '.' + k, false);
          if (q) return q;
        } else return path + '.' + k + ' 不是汇总数据的字段';
      }
      var req = s.required || [];
      for (i = 0; i < req.length; i++) if (!v.hasOwnProperty(req[i])) return path + '.' + req[i] + ' 缺失';
      return null;
    }
    return null;
  }
  function rollupProblem(doc, code) {
    if (!doc.studio || doc.studio.code !== code) return '文档不属于本工作室（' + code + '）';
    if (typeof doc.period !== 'string' || !new RegExp(${JSON.stringify(PERIOD_PATTERN)}).test(doc.period)) return '汇总数据的周期代码无效';
    if (doc._id !== ROLLUP_PREFIX + code + ':' + doc.period) return '汇总数据的文档编号应为 ' + ROLLUP_PREFIX + code + ':' + doc.period;
    var problem = shapeProblem(doc, ROLLUP_SCHEMA, '汇总数据', true);
    return problem ? '不是有效的汇总数据：' + problem : null;
  }`
}
