#!/usr/bin/python3
"""Workbooks (and the binary Office files mistaken for them) for the
bad-input corpus, made on the fly: python3 gen_xlsx.py NAME > NAME.
Only the standard library; the same bytes every time (fixed zip dates).
Every figure here is made up."""
import io
import sys
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RELNS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
WS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'


def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def cell(r, c, v):
    if isinstance(v, tuple):  # (type, raw value)
        return '<c r="%s%d" t="%s"><v>%s</v></c>' % (col(c), r, v[0], v[1])
    if isinstance(v, (int, float)):
        return '<c r="%s%d"><v>%s</v></c>' % (col(c), r, v)
    return '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, v)


def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8"?><worksheet %s><sheetData>' % NS]
    for r, row in enumerate(rows, 1):
        out.append('<row r="%d">%s</row>' % (r, ''.join(cell(r, c, v) for c, v in enumerate(row) if v != '')))
    out.append('</sheetData></worksheet>')
    return ''.join(out)


def workbook(sheets, extra_wb='', extra_rels='', shared=None, raw_sheets=None):
    """sheets: [(name, rows)]; raw_sheets: {index: xml} replaces a sheet's XML."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        def put(name, text):
            z.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
        put('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        put('xl/workbook.xml', '<?xml version="1.0"?><workbook %s>%s<sheets>%s</sheets></workbook>' % (
            NS, extra_wb, ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i + 1, i + 1)
                                  for i, (n, _) in enumerate(sheets))))
        put('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships %s>%s%s</Relationships>' % (
            RELNS, extra_rels, ''.join('<Relationship Id="rId%d" Type="%s" Target="worksheets/sheet%d.xml"/>'
                                       % (i + 1, WS, i + 1) for i in range(len(sheets)))))
        if shared is not None:
            put('xl/sharedStrings.xml', '<?xml version="1.0"?><sst %s>%s</sst>' % (
                NS, ''.join('<si><t>%s</t></si>' % s for s in shared)))
        for i, (_, rows) in enumerate(sheets):
            put('xl/worksheets/sheet%d.xml' % (i + 1), (raw_sheets or {}).get(i) or sheet_xml(rows))
    return buf.getvalue()


GOOD = [['kommunenr', 'kommune', 'population'], ['1505', 'Kristiansund', 1000]]
B = [['kommunenr', 'kommune', 'population'], ['1505', 'Kristiansund', 9000]]


def ole2(stream):
    """An OLE2 compound file's header and a directory entry naming stream."""
    head = bytes.fromhex('d0cf11e0a1b11ae1') + bytes(504)
    name = stream.encode('utf-16-le') + bytes(2)
    return head + name + bytes(128 - len(name)) + bytes(384)


def make(name):
    if name == 'sheet-in-rels.xlsx':  # a <sheet> element in the relationships part (was SIGSEGV)
        return workbook([('A', GOOD)], extra_rels='<sheet name="X" r:id="rId9" xmlns:r="r"/>')
    if name == 'sheets-ab.xlsx':  # a <Relationship> in workbook.xml: --sheet A read sheet B
        return workbook([('A', GOOD), ('B', B)],
                        extra_wb='<Relationships><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>')
    if name == 'shared-60k.xlsx':  # 10,000 x 10 cells, all one 60,000-byte shared string (6 GB copied)
        rows = ''.join('<row r="%d">%s</row>' % (r, ''.join('<c r="%s%d" t="s"><v>0</v></c>' % (col(c), r)
                                                           for c in range(10))) for r in range(1, 10001))
        xml = '<?xml version="1.0"?><worksheet %s><sheetData>%s</sheetData></worksheet>' % (NS, rows)
        return workbook([('A', [])], shared=['x' * 60000], raw_sheets={0: xml})
    if name == 'xfd1-200000.xlsx':  # one cell at XFD1 and 200,000 rows (4 GB, then an empty message)
        rows = '<row r="1"><c r="XFD1"><v>1</v></c></row>' + ''.join(
            '<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r) for r in range(2, 200001))
        xml = '<?xml version="1.0"?><worksheet %s><sheetData>%s</sheetData></worksheet>' % (NS, rows)
        return workbook([('A', [])], raw_sheets={0: xml})
    if name == 'bool-population.xlsx':  # Excel's TRUE under population (was read as 1)
        return workbook([('A', [GOOD[0], ['1505', 'Kristiansund', ('b', '1')]])])
    if name == 'sheet-newline.xlsx':  # a sheet name holding a newline
        return workbook([('Ark&#10;ny', GOOD)])
    if name == 'row-out-of-range.xlsx':  # a row number past Excel's 1,048,576
        xml = '<?xml version="1.0"?><worksheet %s><sheetData><row r="99999999999"><c><v>1</v></c></row>' \
              '</sheetData></worksheet>' % NS
        return workbook([('A', [])], raw_sheets={0: xml})
    if name == 'encrypted.xlsx':
        return ole2('EncryptedPackage')
    if name == 'old.xls':
        return ole2('Workbook')
    sys.exit('gen_xlsx.py: no input named ' + name)


sys.stdout.buffer.write(make(sys.argv[1]))
