/*
 * status.h - enum bosett_status, what every fallible public function
 * returns, and BOSETT_NPOS, the index that is none (the contract is stated
 * once, at the top of bosett.h). Its own header so that every public
 * header may be included alone.
 */
#ifndef BOSETT_STATUS_H
#define BOSETT_STATUS_H

/* Status codes. The first four are also the tools' exit statuses; a tool
 * maps the others (src/cli: BOSETT_EIO and BOSETT_ENOMEM exit 1). A binding
 * can tell bad data from a failed file from a full memory. */
enum bosett_status {
	BOSETT_OK = 0,
	BOSETT_EDATA = 1,       /* bad input data, I/O, out of memory or runtime failure */
	BOSETT_EUSAGE = 2,      /* a request that makes no sense (unknown name, index past the end) */
	BOSETT_EINFEASIBLE = 3, /* no allocation meets every rule */
	BOSETT_EIO = 4,         /* a file could not be opened, read or written (the message has the reason) */
	BOSETT_ENOMEM = 5       /* out of memory */
};

/* The index that is none: what bosett_table_col and bosett_table_find
 * return for a name or a kommunenummer not in the table. */
#define BOSETT_NPOS ((size_t)-1)

#endif
