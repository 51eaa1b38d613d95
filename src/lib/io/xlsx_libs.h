/*
 * xlsx_libs.h - libzip and expat (reading .xlsx) and libxlsxwriter (writing
 * it), loaded when a workbook is first read or written, not when a tool
 * starts: linked in, they and the libcrypto they bring made up more than
 * half of the start of every tool (measured: 2.2-2.7 ms of 4.1-4.6 ms for a
 * program that only prints). Each function the library calls is a pointer
 * of the function's own type in the tables below; xlsx_reader.c and
 * report_xlsx.c call through them.
 */
#ifndef BOSETT_XLSX_LIBS_H
#define BOSETT_XLSX_LIBS_H

#include <stddef.h>

#include <expat.h>
#include <xlsxwriter.h>
#include <zip.h>

#define BOSETT_XLSX_ZIP(X) \
	X(zip_source_buffer_create) X(zip_open_from_source) X(zip_source_free) X(zip_error_init) \
	X(zip_error_fini) X(zip_error_strerror) X(zip_strerror) X(zip_stat_init) X(zip_stat) X(zip_fopen) \
	X(zip_fread) X(zip_fclose) X(zip_file_strerror) X(zip_discard)
#define BOSETT_XLSX_EXPAT(X) \
	X(XML_ParserCreate) X(XML_ParserFree) X(XML_SetUserData) X(XML_SetElementHandler) \
	X(XML_SetCharacterDataHandler) X(XML_Parse) X(XML_GetErrorCode) X(XML_GetCurrentLineNumber) \
	X(XML_ErrorString)
#define BOSETT_XLSX_WRITER(X) \
	X(workbook_new) X(workbook_add_worksheet) X(workbook_add_format) X(workbook_set_properties) \
	X(workbook_close) X(worksheet_write_string) X(worksheet_write_number) X(worksheet_set_column) \
	X(worksheet_set_row) X(worksheet_freeze_panes) X(worksheet_autofilter) X(format_set_bold) \
	X(format_set_align) X(format_set_num_format) X(format_set_text_wrap) X(format_set_bottom) \
	X(lxw_strerror) X(worksheet_write_formula_num) X(worksheet_protect) X(worksheet_hide) \
	X(worksheet_data_validation_range) X(worksheet_activate) X(worksheet_set_landscape) \
	X(worksheet_set_paper) X(worksheet_fit_to_pages) X(worksheet_repeat_rows) X(workbook_define_name) \
	X(format_set_unlocked) X(format_set_pattern) X(format_set_bg_color) X(format_set_font_size) \
	X(format_set_font_color) X(format_set_border) X(format_set_border_color) X(format_set_italic) X(format_set_top) X(worksheet_merge_range)

#define BOSETT_XLSX_POINTER(f) __typeof__(f) *f;

struct bosett_xlsx_read_lib {
	BOSETT_XLSX_ZIP(BOSETT_XLSX_POINTER)
	BOSETT_XLSX_EXPAT(BOSETT_XLSX_POINTER)
};

struct bosett_xlsx_write_lib {
	BOSETT_XLSX_WRITER(BOSETT_XLSX_POINTER)
};

/* The functions, loaded on the first call (later calls return the same
 * table); NULL with the reason in err (n bytes) when a library or one of
 * its functions cannot be loaded. */
const struct bosett_xlsx_read_lib *bosett_xlsx_read_lib(char *err, size_t n);
const struct bosett_xlsx_write_lib *bosett_xlsx_write_lib(char *err, size_t n);

#endif
