import subprocess
import sys

from vanban.facts.words import compound_words


def test_compound_words_are_pyvis_words_of_two_syllables_or_more():
    words = compound_words()
    assert {"cơ quan", "chính quyền", "dầu khí", "thiểu số", "tiến bộ"} <= set(words)
    assert len(words) > 20_000
    assert all(" " in w for w in words)  # ("cơ", "quan" alone are not in it)


def test_compound_words_are_read_without_importing_pyvi():
    code = "import sys; from vanban.facts.words import compound_words; compound_words(); print('pyvi' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
