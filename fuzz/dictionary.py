"""Writes a libFuzzer dictionary of every label in pipeline.json, plus the table punctuation,
so the fuzzer spends its time on inputs that reach the table parsers, plus figures near and
beyond 64 bits, which once stopped a run on an overflow in the row sums."""
import json
import sys


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)


def escaped(text):
    return "".join(f"\\x{byte:02X}" for byte in text.encode("utf-8"))


def main(path):
    with open(path, encoding="utf-8") as handle:
        config = json.load(handle)
    words = sorted(set(strings(config)) | {"\t", "|", "  ", "<td>", "</td>", "<tr>", "colspan=\"2\"", "（一）", "1.", "0", "12", "7.52", "-18", "１２", "5000000000000000000", "9223372036854775807", "99999999999999999999"})
    for index, word in enumerate(words):
        print(f'label{index}="{escaped(word)}"')


if __name__ == "__main__":
    main(sys.argv[1])
