#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#endif
