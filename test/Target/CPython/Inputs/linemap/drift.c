/* A C file as pyirc wrote it before the fix: the lines after `#line 2`
 * are lines 3, 4 of a 2-line file. */
static long f(long x) {
#line 2 "drift.py"
  long t = x;
  return t;
}
#line 9 "drift.c"
int g(void) { return 0; }
