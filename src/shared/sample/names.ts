/**
 * Invented Chinese names for sample persons: a common surname plus a one- or two-character given
 * name drawn from pools. Names of real people quoted in the seed news reports are never produced.
 */
import type { Rng } from './prng'

/** People named in the seed reports (/work/shared/seeds): never used as sample names. */
export const REAL_NAMES_IN_SEEDS: readonly string[] = [
  '丛婷婷', '肖辉华', '孙振杰', '柴季雪', '吴小云', '王泺童', '施莉莉', '王滢娴', '叶志红', '茹桂玲',
  '郎威', '茹玉珍', '史巍莎', '李锋', '刘世颖', '巫锡炜', '闫明智', '李惠智', '于义睦',
]

export const SURNAMES: readonly string[] = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林',
  '高', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁',
  '潘', '于', '蒋', '蔡', '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔',
  '钟', '谭', '陆', '汪', '范', '金', '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦',
  '邱', '江', '尹', '薛', '阎', '段', '雷', '侯', '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝', '龚', '邵',
  '万', '钱', '严', '覃', '武', '戴', '莫', '孔', '向', '汤', '欧阳', '司马',
]

/** Common surnames get more weight (the first 20 cover most of the population). */
const SURNAME_WEIGHTS = SURNAMES.map((_, i) => (i < 10 ? 6 : i < 20 ? 4 : i < 50 ? 2 : 1))

const GIVEN_FIRST: readonly string[] = [
  '子', '雨', '欣', '佳', '思', '宇', '浩', '俊', '晓', '文', '海', '建', '志', '秀', '丽', '玉', '春', '明',
  '国', '红', '雅', '嘉', '泽', '梓', '诗', '亚', '冬', '晨', '立', '永', '新', '爱', '桂', '淑', '美', '慧',
  '德', '少', '若', '心', '一', '安', '方', '瑞', '婉', '静', '家', '君', '凤', '云', '金', '兰', '学', '振',
]

const GIVEN_SECOND: readonly string[] = [
  '华', '涛', '敏', '琳', '萍', '杰', '轩', '宁', '颖', '然', '怡', '彤', '航', '凯', '鹏', '磊', '燕', '霞',
  '芳', '娟', '丹', '倩', '瑶', '璐', '博', '峰', '毅', '辉', '强', '军', '平', '梅', '英', '娜', '蕾', '洁',
  '菲', '晴', '阳', '昊', '铭', '楠', '可', '妍', '萱', '琪', '悦', '岚', '婷', '鑫', '伟', '刚', '勇', '荣',
]

/** Characters for a one-character given name (王芳, 李静 …). */
const GIVEN_SINGLE: readonly string[] = [
  '芳', '静', '敏', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚',
  '燕', '辉', '玲', '桂', '丹', '萍', '鹏', '华', '红', '玉', '飞', '林', '斌', '琳', '颖', '倩', '晨', '悦',
]

/** Extra character that tells apart two people who would otherwise share a name. */
const DISTINGUISHING: readonly string[] = ['一', '二', '新', '晓', '小', '春', '秋', '冬']

/** Makes names unique within one generated set. */
/** Real names and their shorter forms (肖辉 of 肖辉华): too close to a real person. */
function blockedNames(): Set<string> {
  const out = new Set<string>()
  for (const name of REAL_NAMES_IN_SEEDS) {
    for (let len = 2; len <= name.length; len++) out.add(name.slice(0, len))
  }
  return out
}

export class NameMaker {
  private readonly used = blockedNames()
  private readonly surnamePairs: readonly (readonly [string, number])[]

  constructor(private readonly rng: Rng) {
    this.surnamePairs = SURNAMES.map((s, i) => [s, SURNAME_WEIGHTS[i] as number] as const)
  }

  private candidate(): string {
    const surname = this.rng.weighted(this.surnamePairs)
    if (this.rng.chance(0.22)) return surname + this.rng.pick(GIVEN_SINGLE)
    let first = this.rng.pick(GIVEN_FIRST)
    let second = this.rng.pick(GIVEN_SECOND)
    if (first === second) second = this.rng.pick(GIVEN_SECOND)
    if (first === surname) first = this.rng.pick(GIVEN_FIRST)
    return surname + first + second
  }

  next(): string {
    for (let attempt = 0; attempt < 40; attempt++) {
      const name = this.candidate()
      if (!this.used.has(name)) return this.take(name)
    }
    // Pools nearly exhausted for this draw: add a distinguishing character.
    const base = this.candidate()
    for (const extra of DISTINGUISHING) {
      const name = base.slice(0, -1) + extra + base.slice(-1)
      if (!this.used.has(name)) return this.take(name)
    }
    for (let n = 2; ; n++) {
      const name = `${base}${DISTINGUISHING[n % DISTINGUISHING.length] as string}${n}`
      if (!this.used.has(name)) return this.take(name)
    }
  }

  private take(name: string): string {
    this.used.add(name)
    return name
  }
}
