/*
 * glpk_call.h - GLPK in one place (base/glpk_call.c): every call into GLPK
 * of the library (the solver, the scorer's fit, the LP file) runs inside
 * bosett_glpk_call, which keeps GLPK's terminal text off stdout and turns an
 * internal GLPK error into a status with GLPK's own words.
 */
#ifndef BOSETT_BASE_GLPK_CALL_H
#define BOSETT_BASE_GLPK_CALL_H

/* Run fn(arg) with GLPK's terminal output kept (never written to stdout)
 * and its error hook set. Returns fn's value, or -1 after an internal GLPK
 * error, with "what (GLPK: its message)" in err (BOSETT_ERRMAX bytes). The
 * problem object GLPK failed in is abandoned, not freed (the caller drops
 * its pointer); every other GLPK object stays valid: the environment is
 * not freed. The terminal setting is put back after, the hooks removed. */
int bosett_glpk_call(int (*fn)(void *arg), void *arg, char *err, const char *what);

#endif
