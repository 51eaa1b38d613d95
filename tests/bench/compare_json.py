#!/usr/bin/env python3
# compare_json.py OLD.json NEW.json: bosett-solve results the same but for the shadow prices (compare-old.sh)
import json,sys
def load(f):
    d=json.load(open(f)); cols=d['columns']
    return d['meta'], [dict(zip(cols,r)) for r in d['rows']]
ma,ra=load(sys.argv[1]); mb,rb=load(sys.argv[2])
bad=[]
for k in set(ma)|set(mb):
    if k in ('solve.price.total',): continue
    if k == 'solve.engine' and k not in ma: continue  # new in issue 23: the engine that answered
    if ma.get(k)!=mb.get(k): bad.append((k,ma.get(k),mb.get(k)))
for x,y in zip(ra,rb):
    for c in x:
        if c in ('shadow_price','binding'): continue
        if x[c]!=y.get(c): bad.append((x['kommunenr'],c,x[c],y.get(c)))
pd=max([abs(float(x['shadow_price'] or 0)-float(y['shadow_price'] or 0)) for x,y in zip(ra,rb)]+[0])
print('OK' if not bad else 'BAD %s'%bad[:5], 'maxpricediff %.4f'%pd, 'total', ma.get('solve.price.total'), mb.get('solve.price.total'))
