# FindCSV: libcsv (Debian libcsv-dev), which ships no pkg-config file.
# Defines CSV::CSV and CSV_VERSION.
find_path(CSV_INCLUDE_DIR NAMES csv.h)
find_library(CSV_LIBRARY NAMES csv)
if(CSV_INCLUDE_DIR AND EXISTS "${CSV_INCLUDE_DIR}/csv.h")
  file(STRINGS "${CSV_INCLUDE_DIR}/csv.h" _csv_v REGEX "^#define CSV_(MAJOR|MINOR|RELEASE) ")
  string(REGEX REPLACE ".*CSV_MAJOR ([0-9]+).*" "\\1" _maj "${_csv_v}")
  string(REGEX REPLACE ".*CSV_MINOR ([0-9]+).*" "\\1" _min "${_csv_v}")
  string(REGEX REPLACE ".*CSV_RELEASE ([0-9]+).*" "\\1" _rel "${_csv_v}")
  set(CSV_VERSION "${_maj}.${_min}.${_rel}")
endif()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(CSV REQUIRED_VARS CSV_LIBRARY CSV_INCLUDE_DIR VERSION_VAR CSV_VERSION)
if(CSV_FOUND AND NOT TARGET CSV::CSV)
  add_library(CSV::CSV UNKNOWN IMPORTED)
  set_target_properties(CSV::CSV PROPERTIES IMPORTED_LOCATION "${CSV_LIBRARY}"
                        INTERFACE_INCLUDE_DIRECTORIES "${CSV_INCLUDE_DIR}")
endif()
mark_as_advanced(CSV_INCLUDE_DIR CSV_LIBRARY)
