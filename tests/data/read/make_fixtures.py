"""Write the adversarial input files for tests/test_read.py, byte for byte.

Run `python tests/data/read/make_fixtures.py` after changing a fixture here; the files are committed.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council tax to rise by 5% in April | The Northern Ledger</title>
<meta property="og:site_name" content="The Northern Ledger">
<meta property="og:title" content="Council tax to rise by 5% in April">
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
<link rel="canonical" href="https://northernledger.example/news/council-tax-rise">
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Council tax to rise by 5% in April</h1>
<p>Households across the borough will pay 5% more council tax from April after councillors
approved the budget on Monday night by 31 votes to 12, ending weeks of argument over library closures.</p>
<p>The average Band D bill will rise to £2,171, an increase of £103 a year. The council's finance
chief, Margaret Okafor, said the authority faced a £14 million gap and had "no other realistic choice"
if it was to protect care services for older residents.</p>
<p>Opposition councillors said the rise would hit families already struggling with energy bills and
called for the council to draw on its reserves of £48 million instead.</p>
</article>
<footer>Copyright 2024 The Northern Ledger. All rights reserved.</footer>
</body>
</html>
"""

CP1252_TEXT = (
    "Café owners warn of “impossible” rent rises\n"
    "\n"
    "Independent café owners in the city centre say rents have risen by as much as £4,000 a year, "
    "and that several businesses on the high street will close before the summer.\n"
    "\n"
    "“We can’t keep absorbing it,” said Zoë Marché, who has run a café near the station for "
    "eleven years. “Our rent went from £18,000 to £22,000 in one renewal.”\n"
    "\n"
    "The landlord’s agent said the new figures reflected the market and that the rise was the "
    "first since 2019.\n"
)

FILES: dict[str, bytes] = {
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00",
    "empty.txt": b"",
    "blank.txt": b"  \n\t\n   \r\n",
    "cp1252.txt": CP1252_TEXT.encode("cp1252"),
    "bom.txt": "\ufeffFlood warnings issued\n\nThe Environment Agency issued 12 flood warnings.\n".encode(),
    "crlf.txt": b"Bridge closed for repairs\r\n\r\nThe bridge will close for 6 weeks.\r\nWork starts on"
    b" Monday.\rDrivers face a 3-mile diversion.\r\n",
    "header.txt": (
        b"Title: Hospital waiting list falls for third month\n"
        b"Outlet: Evening Courier\n"
        b"URL: https://courier.example/health/waiting-list\n"
        b"Published: 5 March 2024\n"
        b"Author: Sam Reid\n"
        b"\n"
        b"The hospital waiting list fell to 7.54 million in January, NHS England said.\n"
    ),
    "frontmatter.md": (
        b"---\n"
        b'title: "Rail fares to rise by 4.9%"\n'
        b"source: Metro Wire\n"
        b"date: 2024-03-01\n"
        b"tags:\n"
        b"  - transport\n"
        b"---\n"
        b"\n"
        b"# Rail fares to rise by 4.9%\n"
        b"\n"
        b"Regulated rail fares in England will rise by 4.9% from Sunday, the Department for Transport said.\n"
    ),
    "article.html": ARTICLE_HTML.encode(),
    "articles.json": (
        b"[\n"
        b'  {"id": "bbc-tax", "source": "BBC", "title": "Council tax up 5%", "date": "2024-03-05",'
        b' "url": "https://bbc.example/tax", "text": "Council tax will rise by 5% in April."},\n'
        b'  {"publisher": "Ledger", "published": "Tue, 05 Mar 2024 10:00:00 GMT",'
        b' "body": "Bills will go up by about 5%, the council said."},\n'
        b'  "not an article",\n'
        b'  {"outlet": "Gazette",'
        b' "content": "The Band D bill reaches \\u00a32,171.\\r\\nCouncillors agreed."}\n'
        b"]\n"
    ),
    "broken.json": b'[\n  {"text": "one"},\n  {"text": "two",}\n]\n',
    "notes.jsonl": (
        b'{"outlet": "Wire", "text": "Inflation fell to 3.4% in February."}\n'
        b'{"outlet": "Herald", "text": "Inflation eased to 3.4%, its lowest since 2021."}\n'
        b'{"outlet": "Post" "text": "Inflation was 3.4%."}\n'
        b"\n"
        b'["not", "an", "object"]\n'
        b'{"outlet": "Daily", "text": ""}\n'
        b'{"id": "echo", "outlet": "Echo", "text": "Prices rose 3.4% in the year to February."}\n'
    ),
    "no_text_column.csv": b"headline,outlet,url\r\nCouncil tax up 5%,Ledger,https://ledger.example/1\r\n",
    "articles.csv": (
        b"id,Outlet,Title,Date,Text\n"
        b'csv-one,Ledger,Tax rise,2024-03-05,"Council tax will rise by 5%, the council said.\n\nIt takes'
        b' effect in April."\n'
        b"csv-two,Courier,Empty one,2024-03-05,\n"
    ),
}


def main() -> None:
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
