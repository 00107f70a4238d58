"""Guesses for speculative decoding by prompt lookup: the last few tokens of the
prompt and reply so far, found earlier in them, and what followed there.

Much of what people ask a local model repeats text it was given: rewriting a pasted
passage, fixing code, answering from quoted documents. There the next tokens are
often a copy, and checking eight guesses in one batch costs about what one token
costs (engine/decoding.py verifies them; the reply is the one plain decoding gives).
"""

from __future__ import annotations

from collections.abc import Sequence

# The n-gram sizes matched, longest first, and the most tokens guessed at once.
SIZES = (4, 3, 2)
MAX_GUESS = 8


class PromptLookup:
    def __init__(self, history: Sequence[int], max_guess: int = MAX_GUESS) -> None:
        self.max_guess = max_guess
        self._tokens: list[int] = []
        # n-gram -> the position just after its latest occurrence.
        self._ends: dict[tuple[int, ...], int] = {}
        # For the current suffix of each size: where it occurred before (or None).
        self._earlier: dict[int, int | None] = {}
        for token in history:
            self.add(token)
        # Tokens guessed and accepted, and guessed in all: the acceptance rate.
        self.accepted = 0
        self.guessed = 0

    def add(self, token: int) -> None:
        tokens = self._tokens
        tokens.append(token)
        end = len(tokens)
        for size in SIZES:
            if end < size:
                self._earlier[size] = None
                continue
            key = tuple(tokens[end - size:end])
            self._earlier[size] = self._ends.get(key)
            self._ends[key] = end

    def guess(self, most: int | None = None) -> list[int]:
        """What followed the longest earlier occurrence of the current suffix, up to
        ``most`` tokens; image positions (negative ids) end a guess: they are never
        decoded as tokens."""
        limit = self.max_guess if most is None else min(most, self.max_guess)
        for size in SIZES:
            found = self._earlier.get(size)
            if found is None:
                continue
            guess = []
            for token in self._tokens[found:found + limit]:
                if token < 0:
                    break
                guess.append(token)
            if guess:
                return guess
        return []


class AutoSwitch:
    """Speculation only while it pays ("auto").

    Two measures decide, both from the reply in progress. The acceptance rate: when
    fewer than MIN_RATE of the recent guesses are right, guessing stops. And the
    time: a step that feeds guesses is timed per token it yields, beside the steps
    that feed one token alone (those with nothing to guess, which happen anyway);
    when guessing costs more per token than plain decoding on this computer (a CPU
    whose batches are slow, a draft that is not small), guessing stops too. After
    RETRY_AFTER plain tokens it tries again (the text may have turned to a quote),
    and each time guessing stops again the wait doubles (to MAX_REST), so a draft
    that never pays on this computer soon costs next to nothing; a guessed step
    that pays resets it. Where every step had guesses (a draft always guesses),
    TIMED tokens are decoded plainly once, to have a speed to compare with.
    """

    WINDOW = 24
    MIN_RATE = 0.35
    RETRY_AFTER = 64
    MAX_REST = 1024
    # Tokens each kind of step must have yielded before their speeds are compared.
    TIMED = 16

    def __init__(self) -> None:
        self._recent: list[bool] = []  # each recent guess: right or not
        self._resting = 0  # plain tokens still to go before guessing again
        self._next_rest = self.RETRY_AFTER  # how long the next rest lasts
        # Seconds and tokens of recent steps, plain and guessed (sums in which older
        # steps count less, so a change of pace shows soon), and all tokens timed.
        self._seconds = {"plain": 0.0, "guessed": 0.0}
        self._tokens = {"plain": 0.0, "guessed": 0.0}
        self._timed = {"plain": 0, "guessed": 0}
        # Guessed steps: their count and the positions they fed (decayed as above),
        # for what one more guessed position costs (best_length).
        self._steps = 0.0
        self._fed = 0.0

    @property
    def guessing(self) -> bool:
        return self._resting == 0

    def record(self, guessed: int, accepted: int) -> None:
        """A batch's outcome: ``guessed`` guesses of which ``accepted`` were right."""
        self._recent = (self._recent + [True] * accepted
                        + [False] * (guessed - accepted))[-self.WINDOW:]
        if len(self._recent) >= self.WINDOW \
                and sum(self._recent) < self.MIN_RATE * len(self._recent):
            self._rest()

    def timed(self, kind: str, seconds: float, tokens: int, fed: int = 1) -> None:
        """A step of ``kind`` ("plain" or "guessed") took ``seconds`` for ``tokens``,
        feeding ``fed`` positions to the model."""
        if tokens <= 0:
            return
        decay = 0.95 ** tokens  # about the last 20 tokens count
        self._seconds[kind] = self._seconds[kind] * decay + seconds
        self._tokens[kind] = self._tokens[kind] * decay + tokens
        self._timed[kind] += tokens
        if kind == "guessed":
            self._steps = self._steps * decay + 1
            self._fed = self._fed * decay + fed
        plain, guessed = self.per_token("plain"), self.per_token("guessed")
        if kind != "guessed" or guessed is None:
            return
        if plain is None:
            # Always something to guess (a draft does): plain decoding is never timed
            # by itself, so a few tokens are decoded plainly to time it, once.
            self._resting = self.TIMED
        elif guessed > plain:
            self._rest()
        else:
            self._next_rest = self.RETRY_AFTER  # it pays: back to short rests

    def best_length(self, most: int) -> int:
        """How many tokens to guess: the length whose expected tokens per step, at
        the recent acceptance rate, over its cost, at the measured cost of a guessed
        position, is highest. A batch is not free: on a small model with a large
        vocabulary every position pays for the whole output layer (gemma-3-270m),
        and eight guesses can cost more than they bring where four pay. ``most``
        until both are measured."""
        plain = self.per_token("plain")
        if plain is None or self._steps < 1 or len(self._recent) < self.WINDOW:
            return most
        step = self._seconds["guessed"] / self._steps
        extra = self._fed / self._steps - 1  # guessed positions per step, on average
        if extra <= 0:
            return most
        # Each guessed position's cost, in plain steps (a plain step yields one token;
        # sampling each yielded token is in both, near enough).
        cost = max((step / plain - 1) / extra, 0.01)
        rate = min(sum(self._recent) / len(self._recent), 0.99)

        def gain(length: int) -> float:  # expected tokens per step over the step's cost
            return (1 - rate ** (length + 1)) / (1 - rate) / (1 + cost * length)
        return max(range(1, most + 1), key=gain)

    def per_token(self, kind: str) -> float | None:
        """Recent seconds per token for ``kind``, once enough tokens were timed."""
        if self._timed[kind] < self.TIMED:
            return None
        return self._seconds[kind] / self._tokens[kind]

    def _rest(self) -> None:
        self._recent.clear()
        self._seconds["guessed"] = self._tokens["guessed"] = 0.0
        self._timed["guessed"] = 0
        self._steps = self._fed = 0.0
        self._resting = self._next_rest
        self._next_rest = min(self._next_rest * 2, self.MAX_REST)

    def plain_token(self) -> None:
        if self._resting:
            self._resting -= 1
