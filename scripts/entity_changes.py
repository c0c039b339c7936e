#!/usr/bin/env python3
"""Compares the entities of two `newsgraph extract --jsonl` outputs of the same input, name mention by name mention:
how many name mentions each puts into entities, which it gains or loses, which change type or entity, how many roles;
prints random examples of each kind of change (to read, not to score: there is no gold).

Usage: python3 scripts/entity_changes.py OLD.jsonl NEW.jsonl [examples per kind, default 25]
"""
import json, sys, collections
base = [json.loads(l) for l in open(sys.argv[1])]
new = [json.loads(l) for l in open(sys.argv[2])]
stats = collections.Counter()
examples = collections.defaultdict(list)
def ents(d):
    out = {}
    for e in d['entities']:
        for m in e['mentions']:
            if m['kind'] == 'name': out[(m['start'], m['end'])] = (e['type'], e['name'], e['id'])
    return out
for b, n in zip(base, new):
    eb, en = ents(b), ents(n)
    stats['base_mentions'] += len(eb); stats['new_mentions'] += len(en)
    for k in eb.keys() - en.keys():
        stats['lost'] += 1; examples['lost'].append((b['id'], eb[k][0], eb[k][1], b.get('text','')[k[0]:k[1]] if 'text' in b else ''))
    for k in en.keys() - eb.keys():
        stats['gained'] += 1; examples['gained'].append((n['id'], en[k][0], en[k][1]))
    for k in eb.keys() & en.keys():
        if eb[k][0] != en[k][0]:
            stats['retyped '+eb[k][0][:3]+'->'+en[k][0][:3]] += 1; examples['retyped'].append((n['id'], eb[k][0][:3]+'->'+en[k][0][:3], en[k][1]))
        elif eb[k][1] != en[k][1]:
            stats['renamed'] += 1; examples['renamed'].append((n['id'], eb[k][1], '->', en[k][1]))
    stats['base_entities'] += len(b['entities']); stats['new_entities'] += len(n['entities'])
    rb = sum(len(e.get('roles', [])) for e in b['entities']); rn = sum(len(e.get('roles', [])) for e in n['entities'])
    stats['base_roles'] += rb; stats['new_roles'] += rn
for k, v in sorted(stats.items()): print(k, v)
import random
random.seed(1)
for k, v in examples.items():
    print('==', k, len(v))
    for x in random.sample(v, min(len(v), int(sys.argv[3]) if len(sys.argv) > 3 else 25)): print('  ', x)
