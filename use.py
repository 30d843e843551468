from typing import assert_type
from desc import paginate
import mod
for x in paginate(mod, client=1, min_score=2):
    assert_type(x, mod.Signal)
paginate(mod, client=1, min_scor=2)
