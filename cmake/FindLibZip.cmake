# FindLibZip: libzip (Debian libzip-dev), the zip reader behind .xlsx input.
# Defines LibZip::LibZip and LibZip_VERSION.
find_path(LibZip_INCLUDE_DIR NAMES zip.h)
find_library(LibZip_LIBRARY NAMES zip)
find_path(LibZip_CONF_DIR NAMES zipconf.h)
if(LibZip_CONF_DIR AND EXISTS "${LibZip_CONF_DIR}/zipconf.h")
  file(STRINGS "${LibZip_CONF_DIR}/zipconf.h" _zip_v REGEX "^#define LIBZIP_VERSION ")
  string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" LibZip_VERSION "${_zip_v}")
endif()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibZip REQUIRED_VARS LibZip_LIBRARY LibZip_INCLUDE_DIR VERSION_VAR LibZip_VERSION)
if(LibZip_FOUND AND NOT TARGET LibZip::LibZip)
  add_library(LibZip::LibZip UNKNOWN IMPORTED)
  set_target_properties(LibZip::LibZip PROPERTIES IMPORTED_LOCATION "${LibZip_LIBRARY}"
                        INTERFACE_INCLUDE_DIRECTORIES "${LibZip_INCLUDE_DIR};${LibZip_CONF_DIR}")
endif()
mark_as_advanced(LibZip_INCLUDE_DIR LibZip_LIBRARY LibZip_CONF_DIR)
