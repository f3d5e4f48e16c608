"""Jinja tags split from text, and the plain-text part made from an email's HTML."""

from __future__ import annotations

from runtime.email_text import hide_tags, plain_text_from_html, show_tags, split_tags


def test_split_tags_keeps_every_character():
    source = "Hi {{ contact.first_name or 'there' }}{% if order %} ({{ order.name }}){% endif %}!"
    parts = split_tags(source)
    assert "".join(text for _tag, text in parts) == source
    assert [text for tag, text in parts if tag] == [
        "{{ contact.first_name or 'there' }}", "{% if order %}", "{{ order.name }}",
        "{% endif %}"]


def test_tags_are_hidden_from_the_html_parser_and_come_back():
    source = '<p>{% if a > b %}<a href="{{ unsubscribe_url }}">x</a>{% endif %}</p>'
    hidden, tags = hide_tags(source)
    assert hidden.startswith("<p>\ue0000\ue001<a href=") and "{" not in hidden
    assert len(tags) == 3 and show_tags(hidden, tags) == source


def test_paragraphs_breaks_lists_and_links():
    html = ("<h2>Новинки</h2>\n<p>Привіт, {{ contact.first_name }}!<br>\n  Ось <strong>код</strong>"
            " &amp; подарунок.</p><ul><li>Свічки</li><li>茶</li></ul>"
            "<p>Visit <a href='https://shop.example'>our shop</a> today.</p>"
            '<p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>')
    assert plain_text_from_html(html) == (
        "Новинки\n\nПривіт, {{ contact.first_name }}!\nОсь код & подарунок.\n\n- Свічки\n- 茶"
        "\n\nVisit our shop (https://shop.example) today.\n\nUnsubscribe: {{ unsubscribe_url }}")


def test_a_tag_with_markup_characters_is_kept_whole():
    html = "<p>{% if contact.points > 100 %}VIP{% endif %}</p><style>p {color: red}</style>"
    assert plain_text_from_html(html) == "{% if contact.points > 100 %}VIP{% endif %}"


def test_empty_html_gives_empty_text():
    assert plain_text_from_html("") == ""
