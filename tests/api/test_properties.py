"""Property-based tests of the request schema: no input, however odd, yields a 500.

Hypothesis generates JSON values shaped like the schema and not, strings with
any code point (lone surrogates included, sent as JSON escapes), raw bytes and
content types. Every answer must be 200 or a 4xx JSON error with a reason.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attributor.model.labels import LABELS

ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
texts = st.text(ANY_CHAR, max_size=200) | st.text(st.sampled_from(' "“”\'.,:;—-\nSaid said according to he She'), max_size=300)
scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts
json_values = st.recursive(scalars, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                           max_leaves=10)
documents = st.fixed_dictionaries({"text": texts | json_values},
                                  optional={"doc_id": st.none() | st.text(ANY_CHAR, max_size=20) | json_values,
                                            "other": json_values})
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


def post(client, path: str, body, html: bool = False):
    raw = json.dumps(body, ensure_ascii=True).encode()  # NaN and Infinity included: Python's parser takes them
    return client.post(path + ("?html=true" if html else ""), content=raw, headers={"content-type": "application/json"})


def check(resp, body_text=None):
    assert resp.status_code < 500, resp.text
    data = resp.json()
    if resp.status_code == 200:
        return data
    assert resp.status_code in (413, 422) and data["error"] and data["reason"], data
    return None


@SETTINGS
@given(body=documents | json_values, html=st.booleans())
def test_score_never_fails_with_a_server_error(client, body, html):
    data = check(post(client, "/v1/score", body, html))
    if data is not None:
        text = body["text"]
        assert isinstance(text, str)
        for s in data["statements"]:
            assert text[s["start"]:s["end"]] == s["text"] and s["label"] in LABELS
        assert data["summary"]["statements"] == len(data["statements"])
        assert (data.get("html") is not None) == html


@SETTINGS
@given(body=st.fixed_dictionaries({"documents": st.lists(documents | json_values, max_size=6)}) | json_values)
def test_batch_never_fails_with_a_server_error(client, body):
    data = check(post(client, "/v1/score/batch", body))
    if data is not None:
        assert len(data["results"]) == len(body["documents"])


@SETTINGS
@given(raw=st.binary(max_size=300) | texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
       ctype=st.sampled_from(["application/json", "application/json; charset=latin-1", "text/plain", "", "*/*",
                              "application/problem+json", "multipart/form-data; boundary=x"]) | st.text(max_size=20),
       path=st.sampled_from(["/v1/score", "/v1/score/batch"]))
def test_raw_bytes_never_fail_with_a_server_error(client, raw, ctype, path):
    value = ctype.encode("latin-1", "replace").replace(b"\r", b"").replace(b"\n", b"")
    resp = client.post(path, content=raw, headers={"content-type": value} if value else {})
    assert resp.status_code < 500 and resp.json()["reason"]
