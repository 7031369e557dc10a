module.exports = require('../../tools/jest.base')('forecast');
