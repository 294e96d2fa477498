# Sourced by the bench scripts: build a product the way `make release` builds the binary they
# time. The Makefile exports RELEASE_FLAGS; a script run on its own uses the same flags, kept here.
read -r -a release_flags <<< "${RELEASE_FLAGS:--c release --static-swift-stdlib -Xswiftc -use-ld=lld}"
build_release() { swift build "${release_flags[@]}" "$@"; }
