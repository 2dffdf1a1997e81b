"""E-mails saved whole (.eml): a newsletter or a forwarded story, headers and MIME parts included.

The standard library's parser undoes what the transport did (quoted-printable, base64, encoded
subjects, multipart bodies); the story is then read like a text copy or an HTML fragment.
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import re
from dataclasses import replace

from generator import dates
from generator.ingest.draft import Draft, NotAnArticle

# A header block: 'Name: value' lines (and their indented continuations) up to the first blank line.
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:(?:[ \t]|$)")  # a value may start on the next line
_NEEDED = ("from", "subject", "date")
_QUOTE_MARK = re.compile(r"^(?:>[ \t]?)+", re.MULTILINE)
# '-------- Forwarded Message --------' (or 'Begin forwarded message:') and the header fields of the
# message forwarded: not the story, and its sender's address would read as the story's end.
_FORWARD_HEADER = re.compile(r"^[ \t]*(?:-{2,}[ \t]*(?:Forwarded|Original|Пересылаемое)[ \t]+(?:message|сообщение)[ \t]*-{2,}|"
                             r"Begin[ \t]+forwarded[ \t]+message:)[ \t]*\n(?:[ \t]*\n)?"
                             # the fields as a mail program in Korean, Chinese, Japanese or German names them
                             r"(?P<fields>(?:(?:From|To|Cc|Date|Sent|Subject|Reply-To|От|Кому|Дата|Тема|보낸사람|받는사람|"
                             r"날짜|제목|참조|发件人|收件人|日期|主题|抄送|差出人|宛先|日付|件名|Von|An|Datum|Betreff)[ \t]*[:：].*\n"
                             r"(?:[ \t]+\S.*\n)*"
                             r"(?:[ \t]*\n)?)*)",
                             re.MULTILINE | re.IGNORECASE)
_FORWARDED_DATE = re.compile(r"^(?:Date|Sent|Дата|날짜|日期|日付|Datum)[ \t]*[:：][ \t]*(?P<date>.+)$", re.MULTILINE | re.IGNORECASE)


def is_mail_copy(text: str) -> bool:
    """Whether text opens with a mail header block that has a sender, a subject and a date."""
    names = set()
    for line in text.lstrip()[:8000].splitlines():
        if not line.strip():
            break
        if line[0] in " \t":
            continue
        if not _HEADER_LINE.match(line):
            return False
        names.add(line.split(":", 1)[0].lower())
    return all(name in names for name in _NEEDED)


_SOFT_BREAK = re.compile(r" \n(?!\n)")


def saved_web_page(text: str) -> tuple[str, dt.date | None] | None:
    """A web page a browser saved as one MHTML file (multipart/related, the page's HTML with its
    Content-Location): (the page's HTML, the day it was saved), or None for an e-mail."""
    message = email.message_from_bytes(text.lstrip().encode("utf-8", "surrogateescape"), policy=email.policy.default)
    if message.get_content_type() != "multipart/related":
        return None
    page = next((part for part in message.walk()
                 if part.get_content_type() == "text/html" and part.get("content-location")), None)
    if page is None:
        return None
    try:
        return _page_text(page), _mail_date(str(message.get("date")))
    except (LookupError, ValueError):
        return None


_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)


def _page_text(part: email.message.EmailMessage) -> str:
    """The page's HTML: in the charset its part declares, else the one its <meta> declares (Blink
    leaves it there alone), else as any capture's bytes are read."""
    if part.get_param("charset"):
        return part.get_content()
    data = part.get_payload(decode=True) or b""
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared[1].decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    from generator.ingest.capture import decode

    return decode(data)


def read_mail_copy(text: str, source_file: str) -> Draft:
    from generator.ingest.htmlfragments import clean_html_fragment
    from generator.ingest.textpage import read_text_capture

    # From bytes: a part sent as 8-bit UTF-8 comes back as text (parsed from a str it comes back escaped).
    message = email.message_from_bytes(text.lstrip().encode("utf-8", "surrogateescape"), policy=email.policy.default)
    subject = " ".join(str(message.get("subject", "")).split())
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise NotAnArticle("e-mail has no text part")
    try:
        content = part.get_content()
    except (LookupError, ValueError) as exc:
        raise NotAnArticle(f"e-mail text cannot be decoded: {exc}") from None
    sent = _mail_date(str(message.get("date")))
    if part.get_content_subtype() == "html":
        body = clean_html_fragment(content)
        if not body.paragraphs:
            raise NotAnArticle("e-mail has no text")
        draft = Draft(title=subject, body="\n\n".join(body.paragraphs), source_file=source_file,
                      publisher_hints=body.publisher_hints + body.email_domains)
    else:
        content = content.replace("\r\n", "\n")
        if str(part.get_param("format", "")).lower() == "flowed":
            # RFC 3676: a line that ends in a space goes on in the next one.
            content = _SOFT_BREAK.sub("" if str(part.get_param("delsp", "")).lower() == "yes" else " ", content)
        # A forwarded story is often quoted ('> ...'): its lines are the story's.
        content = _QUOTE_MARK.sub("", content)
        forward = _FORWARD_HEADER.search(content)
        if forward:
            # The story forwarded is as old as the message it came in, not as the forward.
            stamp = _FORWARDED_DATE.search(forward["fields"])
            sent = (_mail_date(stamp["date"]) or dates.parse_full_date(stamp["date"]) if stamp else None) or sent
            content = _FORWARD_HEADER.sub("\n", content)
        # The subject is the headline the text copy reader expects on the first line.
        draft = read_text_capture(f"{subject}\n\n{content}" if subject else content, source_file)
    sender = email.utils.parseaddr(str(message.get("from", "")))[0]
    hints = draft.publisher_hints + ((sender,) if sender else ())
    if sent is not None:  # the day it was sent, over a day the text names for something else
        draft = replace(draft, published=sent, published_from="metadata")
    return replace(draft, title=subject or draft.title, publisher_hints=hints)


def _mail_date(value: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None
