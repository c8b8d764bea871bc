#ifndef VERBATIM_CLIBXML2_SHIM_H
#define VERBATIM_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU and its headers include the system ICU, which clashes with the
// ICU module that Foundation brings on Linux ("'UErrorCode' has different definitions"). The ICU
// fields of the encoding handler are never used here, so ICU is switched off for the headers.
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void verbatim_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
