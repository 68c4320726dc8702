"""XMP metadata for the PDF: title, author, subject, language, tool and dates as an XML packet in the catalogue.

Document management systems and archives (PDF/A checkers among them) read XMP rather than the older info
dictionary; reportlab writes only the latter, so the packet is added here.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream

from journeymap import __version__

_PACKET = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>journeymap {version}</xmp:CreatorTool>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <pdf:Producer>ReportLab PDF Library</pdf:Producer>
   <pdf:Keywords>customer journey, AIDA(LA), journeymap</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def xmp_packet(title: str, author: str, subject: str, lang: str, invariant: bool = False) -> bytes:
    """The XMP packet (UTF-8); `invariant` fixes the date, for byte-identical output in tests."""
    when = dt.datetime(2000, 1, 1, tzinfo=dt.UTC) if invariant else dt.datetime.now(dt.UTC)
    text = _PACKET.format(title=_xml(title), author=_xml(author), subject=_xml(subject),
                          lang="de-DE" if lang == "de" else "en-GB", version=__version__,
                          date=when.replace(microsecond=0).isoformat())
    return text.encode("utf-8")


def xmp_stream(title: str, author: str, subject: str, lang: str, invariant: bool = False) -> PDFStream:
    """The packet as an uncompressed metadata stream for the document catalogue."""
    stream = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                       xmp_packet(title, author, subject, lang, invariant), filters=[])
    return stream


def _xml(text: str) -> str:
    return escape("".join(ch for ch in text if ch in "\t\n" or ord(ch) >= 32))
