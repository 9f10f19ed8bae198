# `del` of an unset slot, attribute, name, item or local: each error's type and message as CPython words them
class S:
    __slots__ = ('a', 'b')
s = S()
s.b = 1
def attempt(label, action):
    try:
        action()
        print(label, 'ok')
    except Exception as e:
        print(label, '->', type(e).__name__, e)
def del_slot_a(): del s.a
def del_slot_b(): del s.b
def del_missing(): del s.zz
def set_missing(): s.zz = 1
def read_slot(): return s.a
attempt('del s.a', del_slot_a)
attempt('del s.b', del_slot_b)
attempt('del s.b again', del_slot_b)
attempt('del s.zz', del_missing)
attempt('s.zz = 1', set_missing)
attempt('s.a', read_slot)
class A:
    pass
a = A()
def del_attr(): del a.x
def del_class_attr(): del A.y
def del_list_attr(): del [].x
attempt('del a.x', del_attr)
attempt('del A.y', del_class_attr)
attempt('del [].x', del_list_attr)
d = {}
l = [1]
t = (1,)
def del_key(): del d[1]
def del_str_key(): del d['k']
def del_index(): del l[5]
def del_str_index(): del l['x']
def del_tuple_item(): del t[0]
def del_str_item(): del 'ab'[0]
def del_zero_step(): del l[1:2:0]
for label, action in [('del d[1]', del_key), ("del d['k']", del_str_key), ('del l[5]', del_index),
                      ("del l['x']", del_str_index), ('del t[0]', del_tuple_item), ("del 'ab'[0]", del_str_item),
                      ('del l[1:2:0]', del_zero_step)]:
    attempt(label, action)
def del_global(): 
    global undefined_nm
    del undefined_nm
def del_local_twice():
    x = 1
    del x
    del x
def del_unbound():
    del y
    y = 1
attempt('del global', del_global)
attempt('del local twice', del_local_twice)
attempt('del unbound', del_unbound)
