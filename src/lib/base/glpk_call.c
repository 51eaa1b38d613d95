/*
 * glpk_call.c - GLPK in one place (base/glpk_call.h). GLPK prints through
 * its terminal routine and, on an internal error, turns terminal output on,
 * prints the error and calls the error hook, then aborts. So while the
 * library calls GLPK: terminal output off, a terminal hook that keeps the
 * text (GLPK's error message among it) and tells GLPK not to write it, and
 * an error hook that jumps back here, the one setjmp of the library.
 *
 * After the jump GLPK's environment is not freed (glp_free_env would free
 * every GLPK object of the thread, another solver's model kept for
 * bosett_solver_write_lp among them, ../shared issue 23): the object GLPK
 * failed in is left to GLPK, and everything else keeps working.
 */
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <glpk.h>

#include "base/glpk_call.h"
#include "base/internal.h"

struct guard {
	jmp_buf jump;
	char text[BOSETT_ERRMAX];
	size_t len;
};

/* GLPK's text kept, on one line; never written to the terminal */
static int term_hook(void *info, const char *s)
{
	struct guard *g = info;

	for (; *s && g->len + 1 < sizeof g->text; s++) {
		char c = *s == '\n' || *s == '\r' ? ' ' : *s;

		if (c == ' ' && (g->len == 0 || g->text[g->len - 1] == ' '))
			continue;
		g->text[g->len++] = c;
	}
	g->text[g->len] = '\0';
	return 1;
}

static void error_hook(void *info)
{
	struct guard *g = info;

	longjmp(g->jump, 1);
}

int bosett_glpk_call(int (*fn)(void *arg), void *arg, char *err, const char *what)
{
	struct guard g;
	int out = glp_term_out(GLP_OFF);
	volatile int rc;

	g.len = 0;
	g.text[0] = '\0';
	glp_term_hook(term_hook, &g);
	glp_error_hook(error_hook, &g);
	if (setjmp(g.jump)) {
		glp_error_hook(NULL, NULL);
		glp_term_hook(NULL, NULL);
		glp_term_out(out);
		while (g.len > 0 && g.text[g.len - 1] == ' ')
			g.text[--g.len] = '\0';
		bosett_err(err, "%s (GLPK: %s)", what, g.len ? g.text : "internal error");
		return -1;
	}
	rc = fn(arg);
	glp_error_hook(NULL, NULL);
	glp_term_hook(NULL, NULL);
	glp_term_out(out);
	return rc;
}
