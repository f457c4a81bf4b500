import traceback, sys
import pipeline.cards.sink as s
orig=s.CardSink.add
KEYS=sys.argv[1:]
def add(self,*a,**k):
    p=k.get('prompt','')
    if any(x in p for x in KEYS):
        print('>>>',p[:120]); traceback.print_stack(limit=6)
    return orig(self,*a,**k)
s.CardSink.add=add
from pathlib import Path
from pipeline.commands.build import load
load(Path('source/aws-cloud-practitioner'))
