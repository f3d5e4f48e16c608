"""Email templates: autoescaped HTML, a sandbox that refuses Python internals, plain errors."""

from __future__ import annotations

from datetime import datetime

import pytest

from runtime import templates
from runtime.errors import UserError
from runtime.templates import reads, render_email, render_text, template_problem

HOSTILE = "<script>alert('x')</script> & Co"
TEMPLATE = {
    "subject": "Hi {{ contact.first_name }}",
    "html": '<p>Hi {{ contact.first_name }}</p><a href="{{ link }}">go</a>',
    "text": "Hi {{ contact.first_name }}",
}


def context(first_name: str = "Олена", link: str = "https://shop.example/?a=1&b=2") -> dict:
    return {"contact": {"first_name": first_name, "email": "o@example.com"},
            "shop": {"name": "Tom & Jerry"}, "link": link}


def test_renders_every_part():
    email = render_email(TEMPLATE, context())
    assert email.subject == "Hi Олена"
    assert email.text == "Hi Олена"
    assert email.html == ('<p>Hi Олена</p><a href="https://shop.example/?a=1&amp;b=2">go</a>')


def test_html_is_escaped_and_subject_and_text_are_not():
    email = render_email(TEMPLATE, context(first_name=HOSTILE, link='" onclick="evil()'))
    assert "<script>" not in email.html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co" in email.html
    assert 'href="&#34; onclick=&#34;evil()"' in email.html
    assert email.subject == f"Hi {HOSTILE}"
    assert email.text == f"Hi {HOSTILE}"


def test_shop_name_with_ampersand_stays_as_typed_in_the_subject():
    email = render_email({"subject": "News from {{ shop.name }}", "html": "{{ shop.name }}"},
                         context())
    assert email.subject == "News from Tom & Jerry"
    assert email.html == "Tom &amp; Jerry"


def test_subject_is_one_line_and_missing_parts_are_empty():
    email = render_email({"subject": "  Hello\n  {{ contact.first_name }}\t!\n"}, context())
    assert email.subject == "Hello Олена !"
    assert (email.html, email.text) == ("", "")


def test_an_unknown_name_renders_empty_but_digging_into_it_is_an_error():
    assert render_email({"subject": "Hi {{ nobody }}!"}, {}).subject == "Hi !"
    with pytest.raises(UserError, match="the email html could not be filled in: 'order' is "
                                        "undefined"):
        render_email({"subject": "x", "html": "{{ order.total }}"}, {})


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ contact.__init__.__globals__ }}",
    "{{ ().__class__.__base__.__subclasses__() }}",
    "{{ lipsum.__globals__['os'] }}",
])
def test_sandbox_refuses_python_internals(source):
    with pytest.raises(UserError) as info:
        render_email({"subject": "ok", "text": source}, {"contact": object()})
    message = str(info.value)
    assert message.startswith("the email text could not be filled in:")
    assert "unsafe" in message or "undefined" in message
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_sandbox_shows_nothing_of_a_blocked_attribute():
    email = render_email({"subject": "[{{ ''.__class__ }}]", "html": "{{ x.__dict__ }}"},
                         {"x": object()})
    assert email.subject == "[]" and email.html == ""


def test_sandbox_limits_ranges_and_recursion():
    with pytest.raises(UserError, match="could not be filled in"):
        render_email({"subject": "{{ range(10 ** 9) | list | length }}"}, {})
    recursive = "{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}"
    with pytest.raises(UserError, match="the email html could not be filled in"):
        render_email({"subject": "x", "html": recursive}, {})


@pytest.mark.parametrize("template, expected", [
    (TEMPLATE, None),
    ({"subject": "x"}, None),
    ({"subject": "x", "html": None}, None),
    ({"subject": "Hi {{ name", "text": "x"}, "the subject has a mistake on line 1: "),
    ({"subject": "x", "html": "<p>\nline two\n{{ 1 + }}</p>"},
     "the html has a mistake on line 3: "),
    ({"subject": "x", "text": "one\n{% if x %}two{% endfor %}"},
     "the text has a mistake on line 2: "),
    ({"subject": "x", "text": "{{ name | no_such_filter }}"},
     "the text has a mistake on line 1: No filter named 'no_such_filter'"),
    ({"subject": "x", "html": 5}, "the html must be text"),
    ({"subject": "{{ 1" + "0" * 5000 + " }}"}, "the subject cannot be read"),
    ({"subject": "x", "text": "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}"},
     "the text cannot be read"),
])
def test_template_problem_names_the_part_and_line(template, expected):
    found = template_problem(template)
    if expected is None:
        assert found is None
    else:
        assert found is not None and found.startswith(expected), found


def test_render_reports_syntax_errors_with_the_part_and_line():
    with pytest.raises(UserError, match="the email html has a mistake on line 2"):
        render_email({"subject": "ok", "html": "fine\n{% if %}"}, {})


def test_render_text_uses_the_same_sandbox():
    assert render_text("{{ a }} & {{ b }}", {"a": "<b>", "b": 2}) == "<b> & 2"
    with pytest.raises(UserError, match="mistake on line 1"):
        render_text("{{ a", {})
    with pytest.raises(UserError, match="could not be filled in"):
        render_text("{{ a.__class__.__mro__ }}", {"a": ""})
    with pytest.raises(UserError, match="could not be filled in"):
        render_text("{{ 1 / 0 }}", {})


def test_each_distinct_source_is_compiled_once():
    source = "Hello {{ contact.first_name }} — cache probe"
    before = templates._compile.cache_info()
    for name in ("A", "B", "C"):
        render_text(source, {"contact": {"first_name": name}})
    after = templates._compile.cache_info()
    assert after.misses - before.misses == 1
    assert after.hits - before.hits == 2


@pytest.mark.parametrize(("source", "facts"), [
    ("Hello {{ contact.first_name or 'there' }}, {{ contact['email'] }}", False),
    ("{% for t in contact.tags %}{{ t }}{% endfor %} {{ contact.fields.city }}", False),
    ("You have {{ contact.points }} points", True),
    ("{{ contact['tier'] }}", True),
    ("{{ contact }}", True),  # the whole contact, facts included
    ("{{ contact|attr('orders_count') }}", True),
    ("{% set key = 'total_spent' %}{{ contact[key] }}", True),
    ("{% set c = contact %}{{ c.first_name }}", True),
    ("{% set contact = {'points': 1} %}{{ contact.points }}", False),  # not the contact's
    ("{{ product.title }}", False),
])
def test_reads_knows_when_a_template_needs_the_contacts_facts(source, facts):
    found = reads(source)
    assert found is not None and found.facts is facts


def test_reads_collects_the_names_of_every_part():
    found = reads("Hi {{ contact.first_name }}", "<p>{{ order.name }}</p>", None)
    assert found is not None and found.names == {"contact", "order"} and not found.facts
    assert reads("{{ order.name ") is None  # a mistake: the caller provides everything


def _full_context() -> dict:
    product = {"title": "Coffee", "price": "100.00", "currency": "UAH", "url": "https://x/c"}
    return {"contact": {"email": "o@example.com", "first_name": "Олена", "last_name": "К",
                        "fields": {"city": "Київ"}, "tags": ["vip"], "points": 120,
                        "tier": "Silver", "orders_count": 3, "total_spent": "1500.00",
                        "locale": "uk"},
            "order": {"name": "#1001", "total": "500.00",
                      "created_at": datetime(2025, 3, 1, 10, 0)},
            "event": {"product": "COF-011", "points": 50, "expires_on": "2025-04-01"},
            "coupon": {"code": "C-1", "value": "10", "currency": "UAH",
                       "expires_at": "2025-04-01"},
            "referral": {"code": "R-1", "value": "5"}, "products": [product],
            "product": product,
            "shop": {"name": "Shop", "url": "https://shop.example"},
            "unsubscribe_url": "mailto:u@example"}


def test_every_recipe_template_renders_the_same_without_what_it_does_not_read():
    """The engine leaves out the facts and the order when a template never reads them."""
    import json
    from pathlib import Path

    checked = 0
    for path in sorted((Path(__file__).resolve().parents[2] / "recipes").glob("*.json")):
        for node in json.loads(path.read_text(encoding="utf-8"))["nodes"]:
            template = node["params"].get("template")
            if not isinstance(template, dict):
                continue
            needs = reads(*(template.get(p) for p in templates.PARTS))
            assert needs is not None, path.name
            full = _full_context()
            lean = {**full, "order": full["order"] if "order" in needs.names else None,
                    "contact": {k: v for k, v in full["contact"].items()
                                if needs.facts or k not in templates.FACT_KEYS}}
            assert render_email(template, lean) == render_email(template, full), path.name
            checked += 1
    assert checked > 20
