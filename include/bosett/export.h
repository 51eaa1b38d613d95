/*
 * export.h - BOSETT_API, the mark on every function of the public interface.
 * libbosett is built with -fvisibility=hidden: a function is exported from
 * libbosett.so only if its prototype in include/bosett carries BOSETT_API,
 * so the library's internal functions are not part of its ABI. Its own
 * header, as every public header uses it and may be included alone.
 */
#ifndef BOSETT_EXPORT_H
#define BOSETT_EXPORT_H

#if defined(__GNUC__) && __GNUC__ >= 4
#define BOSETT_API __attribute__((visibility("default")))
#else
#define BOSETT_API
#endif

#endif
