"""Set handlers for asynchronous events: Krait's signal module.

The C module _signal does the work (modules/signalmodule.c); this file wraps signal
numbers and the SIG_DFL/SIG_IGN handlers in int subclasses that print as CPython's
IntEnum members do (Signals, Handlers), without an enum module.
"""

import _signal
from _signal import *


class _IntConstType(type):
    """Iteration, len, membership and lookup by name over the members, as enum classes."""

    def __iter__(cls):
        return iter(sorted(cls._members.values()))

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, value):
        return isinstance(value, cls)

    def __getitem__(cls, name):
        for member in cls._members.values():
            if member._name_ == name:
                return member
        raise KeyError(name)


class _IntConst(int, metaclass=_IntConstType):
    """An int with a member name: repr <Class.NAME: value>, str the plain number."""

    _members = None

    def __new__(cls, value):
        member = cls._members.get(int(value)) if cls._members else None
        if member is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        return member

    @classmethod
    def _define(cls, names):
        cls._members = {}
        for name in names:
            value = getattr(_signal, name)
            if value in cls._members:
                continue  # an alias (SIGIOT is SIGABRT): the first name wins
            member = int.__new__(cls, value)
            member._name_ = name
            cls._members[value] = member
            setattr(cls, name, member)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {int(self)}>"

    __str__ = int.__repr__


class Signals(_IntConst):
    pass


class Handlers(_IntConst):
    pass


# Second names of a signal: the members carry the first (as CPython's enum does).
_ALIASES = ('SIGIOT', 'SIGPOLL', 'SIGCLD')
Signals._define(sorted((n for n in dir(_signal)
                        if n.startswith('SIG') and not n.startswith('SIG_')),
                       key=lambda n: (getattr(_signal, n), n in _ALIASES)))
Handlers._define(['SIG_DFL', 'SIG_IGN'])
for _value, _member in list(Signals._members.items()) + list(Handlers._members.items()):
    globals()[_member._name_] = _member
for _alias in _ALIASES:
    if hasattr(_signal, _alias):
        globals()[_alias] = Signals(getattr(_signal, _alias))
        setattr(Signals, _alias, globals()[_alias])
del _value, _member, _alias


def _int_to_enum(value, enum_klass):
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous one."""
    return _int_to_enum(_signal.signal(signalnum, handler), Handlers)


def getsignal(signalnum):
    """Return the current action for the given signal."""
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    """Return the set of valid signal numbers on this platform (glibc keeps 32 and 33)."""
    return {_int_to_enum(i, Signals) for i in range(1, NSIG) if i not in (32, 33)}
