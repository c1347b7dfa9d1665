#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so its encoding.h includes ICU headers that clash with the copy of ICU
   inside Swift's Foundation in any module that sees both. Briefing never touches the ICU converter fields, so
   the shim hides them: only a pointer to xmlCharEncodingHandler crosses into Swift, never its layout. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#endif
