// Jest global set-up: builds test fixtures that need a C compiler (see test/fake/build.js).
module.exports = async () => {
  try {
    require('../fake/build.js').buildFakeLibrary();
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND') return;
    throw error;
  }
};
