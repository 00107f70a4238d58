"""Real text and questions in a user's own words, for retrieval quality.

The text: the Python language reference's help topics as every Python ships them
(``pydoc_data.topics``, in Debian's libpython3.X-stdlib): 79 topics, 0.5 MB,
written by people for people, and overlapping as real documentation does (the
"for" statement is a topic and also a section of "compound"; "customization"
is part of "specialnames"). Each topic is one file.

The questions say what someone wants, mostly without the topic's own keyword
("stop a loop early", not "break"). Each names every file that answers it: the
topic and the topics that contain its text (found, not guessed: CONTAINS).
"""

from __future__ import annotations

from pathlib import Path
from pydoc_data.topics import topics

# (question, the topic that answers it)
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("How do I get out of a loop early once I have found what I was looking for?", "break"),
    ("Skip the rest of this round of the loop and go on with the next item", "continue"),
    ("Run some cleanup code even when an error happens in the middle", "try"),
    ("How can my code signal an error on purpose?", "raise"),
    ("A tiny throwaway function written inline without giving it a name", "lambda"),
    ("Change a variable defined at the top of the file from inside a function", "global"),
    ("Change a variable of the outer function from a function nested inside it",
     "nonlocal"),
    ("A statement that does nothing, just to fill an empty block", "pass"),
    ("Check that something holds while debugging and stop the program if it does not",
     "assert"),
    ("Open a file so that it is closed by itself when the block ends", "with"),
    ("Hand out values one at a time from a function instead of building a whole list",
     "yield"),
    ("Remove a name or an item from a list", "del"),
    ("Which values count as false when I test them in a condition?", "truth"),
    ("Take a piece of a list, from the third element up to the fifth", "slicings"),
    ("Put variables into text with curly braces and pad numbers to a width",
     "formatstrings"),
    ("What can I do with text: make it upper case, split it, strip spaces?",
     "string-methods"),
    ("How do I write whole numbers in hexadecimal or binary?", "integers"),
    ("Numbers with an imaginary part written with a j at the end", "imaginary"),
    ("Raise a number to a power, two to the tenth", "power"),
    ("Move the bits of a number to the left or to the right", "shifting"),
    ("Combine numbers bit by bit with and, or and exclusive or", "bitwise"),
    ("Which operators are evaluated first? The order of precedence", "operator-summary"),
    ("Use code from another file or package in my program", "import"),
    ("Define my own type of object with its own methods", "class"),
    ("Give a function parameter a default value, or let it take any number of "
     "arguments", "function"),
    ("Make my object print nicely and compare equal by defining double-underscore methods",
     "customization"),
    ("Step through my program line by line to find a bug", "debugger"),
    ("Look up a value by its key and get a default when the key is missing",
     "typesmapping"),
    ("Add items to the end of a list, insert in the middle, sort it in place",
     "typesseq-mutable"),
    ("What is the object that stands for no value at all?", "bltin-null-object"),
    ("What are the three dots written in code?", "bltin-ellipsis-object"),
    ("Pause a coroutine until another one has finished", "await"),
    ("Loop over results that arrive asynchronously, and asynchronous context managers",
     "async"),
    ("Where does Python look for a variable's name: local, enclosing, global, built-in?",
     "naming"),
    ("Choose between several branches: if this, else if that, otherwise the rest", "if"),
    ("Repeat something as long as a condition holds", "while"),
    ("Go through every element of a list one after another", "for"),
    ("Test whether an element is contained in a list or a string", "in"),
    ("Call a function with named arguments, or spread a list into its arguments", "calls"),
    ("Add to a variable in place, like x plus equals one", "augassign"),
    ("Assign several variables at once by unpacking a tuple", "assignment"),
    ("Run code when an attribute that does not exist is read from my object",
     "attribute-access"),
    ("Write a floating point number with an exponent, like one times ten to the ninth",
     "floating"),
    ("How do errors travel up through functions until something handles them?",
     "exceptions"),
)


def _contains(outer: str, inner: str) -> bool:
    # A third of the way in, where headings and intros differ least between copies.
    middle = len(inner) // 3
    return inner[middle:middle + 200] in outer


# For each topic, the topics whose text includes it (its answer is there too).
CONTAINS: dict[str, frozenset[str]] = {
    name: frozenset(other for other, text in topics.items()
                    if other != name and _contains(text, topics[name]))
    for name in topics
}


def answers(topic: str) -> frozenset[str]:
    """The files that answer a question about ``topic``."""
    return frozenset({f"{topic}.txt"} | {f"{other}.txt" for other in CONTAINS[topic]})


def write_corpus(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in topics.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return len(topics)
