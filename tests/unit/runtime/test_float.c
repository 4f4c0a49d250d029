// test_float.c: tests of runtime/objects/float.c and float_repr.c. Every expected value,
// repr and message was printed by CPython 3.11 (hashes under PYTHONHASHSEED=0).
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "runtime/runtime.h"
#include "tests/unit/testing.h"

static double
from_bits(uint64_t b)
{
    double v;
    memcpy(&v, &b, sizeof v);
    return v;
}

static uint64_t
to_bits(double v)
{
    uint64_t b;
    memcpy(&b, &v, sizeof b);
    return b;
}

// The double in a float result (consumed); fails the test on NULL or a non-float.
static double
take_double(PyObject *f)
{
    assert_non_null(f);
    assert_true(PyFloat_Check(f));
    double v = PyFloat_AS_DOUBLE(f);
    Py_DECREF(f);
    return v;
}

// Same bits, or both NaN (whose sign CPython does not show either).
static void
assert_same_double(double got, double want)
{
    if (isnan(want)) {
        assert_true(isnan(got));
        return;
    }
    assert_int_equal(to_bits(got), to_bits(want));
}

// The pending exception must be of type `type` with str(exc) == msg; clears it.
static void
assert_error(PyObject *type, const char *msg)
{
    assert_non_null(PyErr_Occurred());
    assert_true(PyErr_ExceptionMatches(type));
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *s = PyObject_Str(exc);
    assert_non_null(s);
    assert_string_equal(PyUnicode_AsUTF8(s), msg);
    Py_DECREF(s);
    Py_DECREF(exc);
}

static PyObject *
big_int(const char *digits)
{
    PyObject *i = PyLong_FromString(digits, NULL, 10);
    assert_non_null(i);
    return i;
}

// 2**1024: the smallest int float() refuses.
static const char TWO_POW_1024[] =
    "1797693134862315907729305190789024733617976978942306572734300811577326758055009631327084773224"
    "0753602112011387987139335765878976881441662249284743063947412437776789342486548527630221960124"
    "6094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479"
    "716304835356329624224137216";

static PyNumberMethods *
nb(void)
{
    return PyFloat_Type.tp_as_number;
}

// ---- repr ------------------------------------------------------------------------------

typedef struct {
    uint64_t bits;
    const char *repr;
} ReprCase;

static const ReprCase tricky_reprs[] = {
    {0x3fb999999999999aULL, "0.1"},
    {0x3fd3333333333334ULL, "0.30000000000000004"},
    {0x3fd5555555555555ULL, "0.3333333333333333"},
    {0x3fe5555555555555ULL, "0.6666666666666666"},
    {0x4341c37937e08000ULL, "1e+16"},
    {0x430c6bf526340000ULL, "1000000000000000.0"},
    {0x437b69b4ba630f35ULL, "1.2345678901234568e+17"},
    {0x3ee4f8b588e368f1ULL, "1e-05"},
    {0x3f1a36e2eb1c432dULL, "0.0001"},
    {0x3f202e4b6ce5dc68ULL, "0.00012345"},
    {0x3e8421f5f40d8376ULL, "1.5e-07"},
    {0x0000000000000001ULL, "5e-324"},
    {0x0000000000000002ULL, "1e-323"},
    {0x0000000000000003ULL, "1.5e-323"},
    {0x0000000000000007ULL, "3.5e-323"},
    {0x0010000000000000ULL, "2.2250738585072014e-308"},
    {0x000fffffffffffffULL, "2.225073858507201e-308"},
    {0x0008000000000000ULL, "1.1125369292536007e-308"},
    {0x7fefffffffffffffULL, "1.7976931348623157e+308"},
    {0x7fd5555555555555ULL, "5.992310449541053e+307"},
    {0x4340000000000000ULL, "9007199254740992.0"}, // 9007199254740993.0 reads as this
    {0x4340000000000001ULL, "9007199254740994.0"},
    {0x8000000000000000ULL, "-0.0"},
    {0x0000000000000000ULL, "0.0"},
    {0x7ff0000000000000ULL, "inf"},
    {0xfff0000000000000ULL, "-inf"},
    {0x7ff8000000000000ULL, "nan"},
    {0xfff8000000000000ULL, "nan"}, // float("-nan")
    {0x4480f0cf064dd592ULL, "1e+22"},
    {0x44b52d02c7e14af6ULL, "1e+23"},
    {0x444b1ae4d6e2ef50ULL, "1e+21"},
    {0x3ff6a09e667f3bcdULL, "1.4142135623730951"},
    {0x400921fb54442d18ULL, "3.141592653589793"},
    {0x4005bf0a8b145769ULL, "2.718281828459045"},
    {0x405ec00000000000ULL, "123.0"},
    {0x4059000000000000ULL, "100.0"},
    {0x43118b54f22aeb00ULL, "1234567890123456.0"},
    {0x4345ee2a2eb5a5c4ULL, "1.2345678901234568e+16"},
    {0x4341c37937e07fffULL, "9999999999999998.0"},
    {0x3fe0000000000000ULL, "0.5"},
    {0x3ff0000000000000ULL, "1.0"},
    {0xbff8000000000000ULL, "-1.5"},
    {0x7e37e43c8800759cULL, "1e+300"},
    {0x01a56e1fc2f8f359ULL, "1e-300"},
    {0x3fd3333333333333ULL, "0.3"},
    {0x43d0000000000000ULL, "4.611686018427388e+18"},
    {0x43e0000000000000ULL, "9.223372036854776e+18"},
    {0x43f0000000000000ULL, "1.8446744073709552e+19"},
    {0x54b249ad2594c37dULL, "1e+100"},
    {0x4011666666666666ULL, "4.35"},
    {0x3f50624dd2f1a9fcULL, "0.001"},
    {0x3ff199999999999aULL, "1.1"},
    {0x400199999999999aULL, "2.2"},
    {0x3f0a36e2eb1c432dULL, "5e-05"},
    {0x40fe240c9fbe76c9ULL, "123456.789"},
    {0x3e7ad7f29abcaf48ULL, "1e-07"},
    {0x4040aaaaaaaaaaabULL, "33.333333333333336"},
    {0x3f1a36e3171742f0ULL, "0.00010000001"},
    {0x44dfe185ca57c517ULL, "6.02214076e+23"},
    {0x41b1de784a000000ULL, "299792458.0"},
    {0x3ff0000000000001ULL, "1.0000000000000002"},
    {0x3fefffffffffffffULL, "0.9999999999999999"},
};

// Random bit patterns (any double, subnormals, short mantissas, powers of two, decimal
// neighbours, big integers) with the repr CPython printed for each.
static const ReprCase random_reprs[] = {
    {0x800940eeba6f875cULL, "-1.2868774048214913e-308"},
    {0x68fb90d7b938451eULL, "5.1514281007497423e+197"},
    {0x315949b4fffefdfdULL, "5.724981770000001e-71"},
    {0xba4e6c3686ff0de2ULL, "-7.679770943959195e-28"},
    {0x9be0000000000000ULL, "-2.0215873059760975e-174"},
    {0x42800000000548a8ULL, "2199023255721.082"},
    {0xffe9ec11c63d5f77ULL, "-1.456252009136359e+308"},
    {0x6c05cd72e478fe54ULL, "2.2936858756858113e+212"},
    {0x63eb18aa53bdf64dULL, "2.0942971478289694e+173"},
    {0x337e6853cb2d34eaULL, "1.1826657186004972e-60"},
    {0x510323696a151044ULL, "1.8154020014524075e+82"},
    {0x6f200000000e7b0dULL, "1.8951636872898655e+227"},
    {0x0000a5d5345986d3ULL, "9.0085521243035e-310"},
    {0x689f08d0d1022955ULL, "9.06193745e+195"},
    {0x448ab6e9d6128f32ULL, "1.5769460706436e+22"},
    {0x5d9f348076da03a0ULL, "9.513127882228647e+142"},
    {0x7e4ba5945e684f96ULL, "2.314357733925047e+300"},
    {0x12200000000a0cb0ULL, "2.2131618654508797e-221"},
    {0x5656a72a9fa71a59ULL, "8.312737711532783e+107"},
    {0xffc9492cb56211ccULL, "-3.5512639208745853e+307"},
    {0x18a9915055d2de09ULL, "7.17304e-190"},
    {0x64fea0e48c3fd37dULL, "3.1028658487737894e+178"},
    {0xcd00000000000000ULL, "-8.22752278660603e+62"},
    {0x8006f9ede1291312ULL, "-9.701719760072673e-309"},
    {0x4d26df2f12231373ULL, "4.704458858818139e+63"},
    {0x9085ab8a22c1a23aULL, "-4.466565977839332e-229"},
    {0x2000000000000000ULL, "1.4916681462400413e-154"},
    {0x80032086e4196f35ULL, "-4.34870976151721e-309"},
    {0x39260d7ad9a4e1e9ULL, "2.12359350742959e-33"},
    {0xb3da03ffc0085a14ULL, "-6.47582432445152e-59"},
    {0x42dcd4650c051100ULL, "126794215724100.0"},
    {0x62c3add147369574ULL, "5.802164892952954e+167"},
    {0x7c5f40079bc4d425ULL, "1.2181687769956744e+291"},
    {0x0fbd49482ea7c9edULL, "7.368638379554599e-233"},
    {0x9ff93e6ddb7b359eULL, "-1.1767333594916375e-154"},
    {0x5df0000000000000ULL, "3.1217485503159922e+144"},
    {0x18600000000a5014ULL, "2.8055159671517827e-191"},
    {0x800504c279151550ULL, "-6.979211753141256e-309"},
    {0x2c9ae73484439927ULL, "8.060916367195991e-94"},
    {0x6e90000000072e02ULL, "3.701491576344762e+224"},
    {0x000223f2b3f9e5c7ULL, "2.97662329412562e-309"},
    {0x326a609865dcc592ULL, "7.82711501118762e-66"},
    {0x0100896d22c4d93aULL, "7.535748974609998e-304"},
    {0xc5d8003800bf956dULL, "-2.971161880816153e+28"},
    {0x6b5207a981c34ad6ULL, "9.261707348797971e+208"},
    {0x04c0000000000000ULL, "8.406091369059075e-286"},
    {0xc6f0000000000000ULL, "-5.192296858534828e+33"},
    {0x374000000000cc9aULL, "1.4349296274853013e-42"},
    {0x57096df88282eb60ULL, "1.9111179373622048e+111"},
    {0x78200000000e6677ULL, "4.22635624997096e+270"},
    {0x6a802754d4c15f94ULL, "1.0129252919668223e+205"},
    {0x800d52185ce6e24bULL, "-1.852469143648076e-308"},
    {0x7c6bd16398826a2aULL, "2.1687553890388348e+291"},
    {0x48f00000000365d1ULL, "2.2300745199633246e+43"},
    {0x0d3000000006e6f0ULL, "3.661369174917624e-245"},
    {0x6d1d9922942d47ffULL, "4.0813322476541364e+217"},
    {0xc3e2169deb3acad5ULL, "-1.0427222206396672e+19"},
    {0x46c334f4d0aa886bULL, "7.791228270488183e+32"},
    {0x51a00000000732ddULL, "1.554135113943386e+85"},
    {0xc2c9cc1165ec23cbULL, "-56728511830087.586"},
    {0x85a6c38f80590150ULL, "-1.9594802584140173e-281"},
    {0xc7922b79d29b61afULL, "-6.03796088665248e+36"},
    {0x604514a5dd066730ULL, "5.6529077e+155"},
    {0xaf6fc836ace6e817ULL, "-3.3505302353210007e-80"},
    {0x5dd23b4404543e91ULL, "8.892840518185571e+143"},
    {0x6710000000000000ULL, "2.784692759779172e+188"},
    {0x7ff0000000000000ULL, "inf"},
    {0x84bc0a07a5dbc526ULL, "-7.3656219452269125e-286"},
    {0xf4447b5648292c05ULL, "-1.1731517629708586e+252"},
    {0xe93fb126e41e9edcULL, "-9.476038105375696e+198"},
    {0x7350cb40d045dadfULL, "2.9355501815248834e+247"},
    {0x6beb639b5d578b94ULL, "7.20351663e+211"},
    {0x730e01ccac08c8c6ULL, "1.6391151979751886e+246"},
    {0xe5b21f73a660d67aULL, "-7.52010831982014e+181"},
    {0xee14c1c5b1be26c9ULL, "-1.8757708735910556e+222"},
    {0x43f298a2e67f0601ULL, "2.1440000000000004e+19"},
    {0x55652573b36c6934ULL, "2.3681153431018553e+103"},
    {0x1e300000000c07e1ULL, "2.778448437342772e-163"},
    {0x61c9c7b0475d3feaULL, "1.1598214856420356e+163"},
    {0x2bc644ab44701754ULL, "8.144741004706873e-98"},
    {0x21000000000e6625ULL, "9.775796365247087e-150"},
    {0x8c7b8571e6037250ULL, "-1.5375599167553808e-248"},
    {0xbd9e3d016db48cadULL, "-6.875394103129293e-12"},
    {0x6820000000020259ULL, "3.649952494204471e+193"},
    {0x3b77b88db1254562ULL, "3.139436569303393e-22"},
    {0x9ddc5f87a356842fULL, "-7.698571441323094e-165"},
    {0xfde0000000000000ULL, "-2.0927902484106784e+298"},
    {0x3ce00000000089e2ULL, "1.776356839414173e-15"},
    {0x5c08e5c5b67efdf1ULL, "2.2620627632095526e+135"},
    {0x8007b74a4a89267cULL, "-1.073038717430784e-308"},
    {0x694f3a08fc7e6d66ULL, "1.8673822951161089e+199"},
    {0x17600000000326b6ULL, "4.280877634978342e-196"},
    {0x0009f0a3538d9dd1ULL, "1.382326044697369e-308"},
    {0x6c4f47061d78bcd2ULL, "5.2647542267029395e+213"},
    {0xa86069b6c1a528d7ULL, "-3.332407961148313e-114"},
    {0x61f31da02b710d49ULL, "6.880000000000002e+163"},
    {0x616c9b1e9288ca8dULL, "2.0108693233145822e+161"},
    {0xd620000000000000ULL, "-7.339195571168229e+106"},
    {0x43690efacff3f14fULL, "5.642675848999999e+16"},
    {0xcaf38e1289237f1bULL, "-1.1706212826570638e+53"},
    {0x2c400000000588cfULL, "1.4981364336221577e-95"},
    {0x03e5ef3f597e5ed6ULL, "7.033688307236798e-290"},
    {0xe010000000000000ULL, "-5.363123171977039e+154"},
    {0x4890ba33ef692a05ULL, "3.642895322187937e+41"},
    {0x65562811c8469edcULL, "1.4365442224880616e+180"},
    {0x33358cb569943858ULL, "5.238428064617425e-62"},
    {0x9130000000000000ULL, "-6.754034012229084e-226"},
    {0xc009dd035c3ed8dfULL, "-3.2329165655784062"},
    {0x8001ff6a3f6ec576ULL, "-2.778164587413316e-309"},
    {0x5ca04c67aaf726e2ULL, "1.5163327464509973e+138"},
    {0x55bb5436acbd7d01ULL, "9.79358285372833e+104"},
    {0x5fbe9fa557136989ULL, "1.6038889454437246e+153"},
    {0xc2ecc33cce81fe28ULL, "-252998914936817.25"},
    {0xddc471f4a0d19d40ULL, "-4.986295544693025e+143"},
    {0x090000000005c7a2ULL, "2.481040258532698e-265"},
    {0x7bef15d5cae68afeULL, "9.46674831129937e+288"},
    {0xbcd0000000000000ULL, "-8.881784197001252e-16"},
    {0xdca0000000000000ULL, "-1.488565707357403e+138"},
    {0x7370000000041e04ULL, "1.1187071843824542e+248"},
    {0xdbd6a14f3ff44c30ULL, "-2.5700694195730503e+134"},
    {0x5ba00000000ed5f4ULL, "2.2713710139141347e+133"},
    {0x015239281409d994ULL, "2.6573613819062993e-302"},
    {0x558eec031b694fafULL, "1.3851442627260596e+104"},
    {0x3cfb313f3ab7b586ULL, "6.03791928756113e-15"},
    {0x517d55e1540178d7ULL, "3.5618190004193344e+84"},
    {0x7e817a21847e2ad1ULL, "2.3408543940212933e+301"},
    {0xe76988a2e8dcf0d3ULL, "-1.4220721844450578e+190"},
    {0x0ed7450d704f66d0ULL, "3.5735090587644595e-237"},
    {0x115cf1f856131d37ULL, "4.88742088259474e-225"},
    {0x3ae000000001f4d7ULL, "4.135903062882885e-25"},
    {0x15fa0a72b941435bULL, "8.305723529430682e-203"},
    {0x14890bd6c1c88bf9ULL, "9.523041286395904e-210"},
    {0x4a296715ebbbc2a3ULL, "1.8563027916797655e+49"},
    {0x6899bddbd41d986aULL, "7.516459755451155e+195"},
    {0x64ff09324bda6f7bULL, "3.1441418123043515e+178"},
    {0x27b781db3226e9ffULL, "2.3304701396548476e-117"},
    {0x000f616eb1feccfcULL, "2.138935036780124e-308"},
    {0xe96bcc8cadeecd99ULL, "-6.649617331906405e+199"},
    {0x4ffeacbab3d4135dULL, "2.2199314761000003e+77"},
    {0x000a30fb926f382bULL, "1.4172800805918217e-308"},
    {0x1c64679749ebdc38ULL, "6.59996575e-172"},
    {0x5c6cee37aaa77388ULL, "1.6822267629875987e+137"},
    {0x1f66f56c7e5c8812ULL, "2.0902552292516654e-157"},
    {0x42e000000002024cULL, "140737488359442.38"},
    {0x1af370ab75dcf715ULL, "7.49585958376844e-179"},
    {0xb310000000000000ULL, "-9.723461371658034e-63"},
    {0x65adb3024d64f8c1ULL, "6.1618758180943e+181"},
    {0x546e794c731b93a2ULL, "5.20733523125857e+98"},
    {0x41a04e02c6000000ULL, "136773987.0"},
    {0x0005dcc6839126b4ULL, "8.15267629462172e-309"},
    {0x29afc438fb03306bULL, "6.763022882083933e-108"},
    {0xf2c0000000000000ULL, "-5.462437423415177e+244"},
    {0xa55561c0917c3ce9ULL, "-7.711645081431113e-129"},
    {0xb7e0000000000000ULL, "-1.4693679385278594e-39"},
    {0xb2d6dcd7e86434eeULL, "-8.683761080125949e-64"},
    {0x85bc1deda813e655ULL, "-4.8405154674945786e-281"},
    {0x557211d52a4b7c20ULL, "4.047142349863405e+103"},
    {0x000f6b078391347fULL, "2.1441483955937997e-308"},
    {0x8f0e88bda6cd83d4ULL, "-3.751277219996131e-236"},
    {0x8008099c451ef9d7ULL, "-1.117757611846526e-308"},
    {0x0dfa5fd884dafaa7ULL, "2.4720999999999997e-241"},
    {0x566000000007f1f4ULL, "1.1742712915226822e+108"},
    {0xa4d700cccd9e1878ULL, "-3.2407739519833294e-131"},
    {0x330ce999c1719491ULL, "8.785300000000001e-63"},
    {0xc1d4b8dcf5922ee8ULL, "-1390638038.284113"},
    {0x642000000004faf3ULL, "1.9786432119282334e+174"},
    {0x54ccd3b1c1a8b962ULL, "3.1525862969390236e+100"},
    {0xc1d3be3eba024c36ULL, "-1324940008.0359015"},
    {0x48f86d6b6a00f29eULL, "3.404685469047786e+43"},
    {0xd8996c75342e7670ULL, "-6.411157391179952e+118"},
    {0x1bb6ffc5f77bdbbcULL, "3.6323998349044545e-175"},
    {0x1a900000000a25f0ULL, "9.639679461835082e-181"},
    {0x742d7795d56a9c27ULL, "4.219531528437912e+251"},
    {0x0e40cb3c21ea8f01ULL, "5.037147555080001e-240"},
    {0xf4a2fdae682be7d4ULL, "-6.961661148757029e+253"},
    {0x3a300000000fe867ULL, "2.019483917833279e-28"},
    {0xbeacd196498c4162ULL, "-8.588641718671977e-07"},
    {0x2bad4f251744ad6eULL, "2.68e-98"},
    {0x61b9c94a6bd6b778ULL, "5.800515200773334e+162"},
    {0x1c3eb083fb54c9c1ULL, "1.240830633803486e-172"},
    {0x5770000000000000ULL, "1.5391408670466593e+113"},
    {0x800ac00eaa69fbb1ULL, "-1.4950026191950676e-308"},
    {0x4314aad3f5723008ULL, "1454331716733954.0"},
    {0xbf6085b83797d37bULL, "-0.0020168874732413"},
    {0xcbd3ef4a9e7ffb86ULL, "-1.955192859599367e+57"},
    {0x681a3c1f293837dfULL, "2.9923736856047286e+193"},
    {0x691e4499a5d0b650ULL, "2.262561806086561e+198"},
    {0x1000813f64c495e1ULL, "1.3288793252875735e-231"},
    {0xcce775c650771ee4ULL, "-3.0159086859133214e+62"},
    {0x18e24d3087fdc821ULL, "8.215233849999998e-189"},
    {0x55700000000e8da4ULL, "3.583591588243413e+103"},
    {0x5fcbc60359725fc8ULL, "2.9092312562341435e+153"},
    {0x2d3d594c7d3adc60ULL, "9.0047573175e-91"},
    {0xf610000000000000ULL, "-4.9201262289254483e+260"},
    {0x01c94800b8267bc5ULL, "4.7188162197972834e-300"},
    {0x8006bd636f48f5c0ULL, "-9.37284341320059e-309"},
    {0x81d0000000000000ULL, "-5.972887158420601e-300"},
    {0xfa7ac7a2e82bdc08ULL, "-9.722182444084115e+281"},
    {0x69f469ae42c8560cULL, "2.5e+202"},
    {0xc0a0000000000000ULL, "-2048.0"},
    {0x810dc74bde831208ULL, "-1.356991796417569e-303"},
    {0x6f6fd403b015164aULL, "6.031961336588393e+228"},
    {0x3f08b56e1e2ba125ULL, "4.712812712687396e-05"},
    {0x34400000000dfb64ULL, "5.097894116661089e-57"},
    {0x57f040c1102cc25fULL, "4.002491721691516e+115"},
    {0x462882a70886da79ULL, "9.709554412487664e+29"},
    {0x5490000000000000ULL, "2.187250724783012e+99"},
    {0x6403eb547c34a437ULL, "6.158297564193001e+173"},
    {0x46d21b6116924759ULL, "1.4690103223468702e+33"},
    {0x2d0215bd61570445ULL, "6.935981821883026e-92"},
    {0x000c13f4fc215720ULL, "1.679646638299788e-308"},
    {0x0c3dcffe3603245bULL, "1.0409781319379412e-249"},
    {0x4c777c7eeceb6355ULL, "2.3588154897833407e+60"},
    {0xdf0452b2059630fcULL, "-5.19728218100781e+149"},
    {0x800071dfbd29e149ULL, "-6.18598672881705e-310"},
    {0x3851039d428a8b8fULL, "2e-37"},
    {0x57496e16ceab32daULL, "3.057844289579922e+112"},
    {0xbfd3b6d8edffd5bcULL, "-0.30803511850475807"},
    {0x000eb21bdc8d53deULL, "2.0436938524490544e-308"},
    {0x00008abba367dcb4ULL, "7.53640349936e-310"},
    {0xb53fea4499e2a969ULL, "-3.3320928818528832e-52"},
    {0xd5a237e501e66dbeULL, "-3.2643541623052616e+104"},
    {0x4f5075dcdbe628dcULL, "1.1633204682147786e+74"},
    {0x730b2fc2b0fe80f7ULL, "1.4850490736484737e+246"},
    {0x98b9245b2ba47972ULL, "-1.410726554954221e-189"},
    {0x69a000000007785dULL, "6.123604138987346e+200"},
    {0x7fe689e21b523790ULL, "1.2661718103549435e+308"},
    {0x4ccd37fafb9b1cf0ULL, "9.390519592035785e+61"},
    {0x73c3569f2865a516ULL, "4.3267938078e+249"},
    {0x75b568904cc41bdeULL, "1.0286355998512026e+259"},
    {0x0000e6d167e130c6ULL, "1.253874703555543e-309"},
    {0xc3e8c31a73a5c6b4ULL, "-1.427439169098938e+19"},
    {0x3d70000000000000ULL, "9.094947017729282e-13"},
    {0x1787cafa1509318dULL, "2.5463600307104335e-195"},
    {0xf1a429f9b66db7ebULL, "-2.6260472667963742e+239"},
    {0x2af0000000000000ULL, "7.143671195514219e-102"},
    {0x00b0118fd09039ccULL, "2.2882446933801667e-305"},
    {0x6ecbd3455ddcda71ULL, "5.149751457928198e+225"},
    {0x800c8a14b84b1addULL, "-1.7438152287157454e-308"},
    {0x69abefb5e3a30adaULL, "1.0691954111997162e+201"},
};

static void
check_repr_table(const ReprCase *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char buf[64];
        int len = rt_float_repr_buf(from_bits(cases[i].bits), buf, sizeof buf);
        if (strcmp(buf, cases[i].repr) != 0)
            fail_msg("repr of 0x%016llx: got %s, want %s", (unsigned long long)cases[i].bits, buf,
                     cases[i].repr);
        assert_int_equal(len, strlen(cases[i].repr));
    }
}

static void
test_float_repr_of_tricky_values_matches_cpython(void **state)
{
    check_repr_table(tricky_reprs, sizeof tricky_reprs / sizeof tricky_reprs[0]);
}

static void
test_float_repr_of_random_values_matches_cpython(void **state)
{
    check_repr_table(random_reprs, sizeof random_reprs / sizeof random_reprs[0]);
}

static uint64_t
xorshift64(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

static void
test_float_repr_round_trips_random_bit_patterns(void **state)
{
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 100000; i++) {
        uint64_t b = xorshift64(&seed);
        if (i % 4 == 1)
            b &= 0x800FFFFFFFFFFFFFULL; // a subnormal every fourth time
        double v = from_bits(b);
        if (isnan(v))
            continue;
        char buf[64], *end;
        int len = rt_float_repr_buf(v, buf, sizeof buf);
        double back = rt_float_parse(buf, &end);
        if (to_bits(back) != b || end != buf + len)
            fail_msg("0x%016llx -> %s does not read back", (unsigned long long)b, buf);
    }
}

static void
test_float_repr_and_str_objects_use_the_short_repr(void **state)
{
    PyObject *f = PyFloat_FromDouble(0.1 + 0.2);
    PyObject *r = PyObject_Repr(f);
    PyObject *s = PyObject_Str(f);
    assert_string_equal(PyUnicode_AsUTF8(r), "0.30000000000000004");
    assert_string_equal(PyUnicode_AsUTF8(s), "0.30000000000000004");
    Py_DECREF(r);
    Py_DECREF(s);
    Py_DECREF(f);
    PyObject *big = rt_float_repr(1e16);
    assert_string_equal(PyUnicode_AsUTF8(big), "1e+16");
    Py_DECREF(big);
}

// ---- parsing ---------------------------------------------------------------------------

typedef struct {
    const char *text; // UTF-8
    uint64_t bits;
} ParseCase;

static const ParseCase good_strings[] = {
    {"1.5", 0x3ff8000000000000ULL},
    {"  -1.5  ", 0xbff8000000000000ULL},
    {"1_000.5", 0x408f440000000000ULL},
    {"1e1_0", 0x4202a05f20000000ULL},
    {"+inFinity", 0x7ff0000000000000ULL},
    {"-iNF", 0xfff0000000000000ULL},
    {"infinity", 0x7ff0000000000000ULL},
    {"nan", 0x7ff8000000000000ULL},
    {"-NaN", 0xfff8000000000000ULL},
    {"1_2_3", 0x405ec00000000000ULL},
    {"\342\200\203 1.5\012", 0x3ff8000000000000ULL},              // '\u2003 1.5\n'
    {"\331\241\331\242", 0x4028000000000000ULL},                  // Arabic-Indic '12'
    {"\360\235\237\217.\360\235\237\223", 0x3ff8000000000000ULL}, // mathematical bold '1.5'
    {"\302\2051", 0x3ff0000000000000ULL},                         // '\x851'
    {"\302\2401.5\343\200\200", 0x3ff8000000000000ULL},           // '\xa01.5\u3000'
    {"\011\0121\015\013\014", 0x3ff0000000000000ULL},
    {"1e400", 0x7ff0000000000000ULL},
    {"-1e400", 0xfff0000000000000ULL},
    {"1e-400", 0x0000000000000000ULL},
    {"1.", 0x3ff0000000000000ULL},
    {".5", 0x3fe0000000000000ULL},
    {"1E+5", 0x40f86a0000000000ULL},
    {"000123", 0x405ec00000000000ULL},
    {"-0", 0x8000000000000000ULL},
    {"-0.0", 0x8000000000000000ULL},
    {"+.5e-3", 0x3f40624dd2f1a9fcULL},
    {"0.1000000000000000055511151231257827021181583404541015625", 0x3fb999999999999aULL},
    {"9007199254740993", 0x4340000000000000ULL},
    {"9007199254740993.0000000000000000001", 0x4340000000000001ULL},
    {"2.2250738585072011e-308", 0x000fffffffffffffULL},
    {"4.9406564584124654e-324", 0x0000000000000001ULL},
    {"2.4703282292062327e-324", 0x0000000000000000ULL},
    {"2.4703282292062328e-324", 0x0000000000000001ULL},
    {"1.7976931348623158e308", 0x7fefffffffffffffULL},
    {"1.7976931348623159e308", 0x7ff0000000000000ULL},
};

static void
test_float_from_string_accepts_cpython_syntax(void **state)
{
    for (size_t i = 0; i < sizeof good_strings / sizeof good_strings[0]; i++) {
        PyObject *s = PyUnicode_FromString(good_strings[i].text);
        assert_non_null(s);
        PyObject *f = PyFloat_FromString(s);
        if (f == NULL)
            fail_msg("float(%s) failed", good_strings[i].text);
        uint64_t got = to_bits(take_double(f));
        if (got != good_strings[i].bits)
            fail_msg("float(%s) = 0x%016llx", good_strings[i].text, (unsigned long long)got);
        Py_DECREF(s);
    }
}

static void
test_float_from_string_reads_a_long_mantissa_exactly(void **state)
{
    char text[512];
    text[0] = '1';
    memset(text + 1, '0', 400);
    strcpy(text + 401, "e-400");
    PyObject *s = PyUnicode_FromString(text);
    assert_same_double(take_double(PyFloat_FromString(s)), 1.0);
    Py_DECREF(s);
}

typedef struct {
    const char *text;
    Py_ssize_t len; // 0: strlen(text)
    const char *message;
} BadCase;

static const BadCase bad_strings[] = {
    {"abc", 0, "could not convert string to float: 'abc'"},
    {"", 0, "could not convert string to float: ''"},
    {"  ", 0, "could not convert string to float: '  '"},
    {"0x1p3", 0, "could not convert string to float: '0x1p3'"},
    {"0x10", 0, "could not convert string to float: '0x10'"},
    {"1__0", 0, "could not convert string to float: '1__0'"},
    {"_1", 0, "could not convert string to float: '_1'"},
    {"1_", 0, "could not convert string to float: '1_'"},
    {"1_.5", 0, "could not convert string to float: '1_.5'"},
    {"1._5", 0, "could not convert string to float: '1._5'"},
    {"1_e5", 0, "could not convert string to float: '1_e5'"},
    {"infinit", 0, "could not convert string to float: 'infinit'"},
    {"inf_", 0, "could not convert string to float: 'inf_'"},
    {"in_f", 0, "could not convert string to float: 'in_f'"},
    {"nan(1)", 0, "could not convert string to float: 'nan(1)'"},
    {".", 0, "could not convert string to float: '.'"},
    {"e5", 0, "could not convert string to float: 'e5'"},
    {"1e", 0, "could not convert string to float: '1e'"},
    {"1e5.5", 0, "could not convert string to float: '1e5.5'"},
    {"1..5", 0, "could not convert string to float: '1..5'"},
    {"+-1", 0, "could not convert string to float: '+-1'"},
    {"++1", 0, "could not convert string to float: '++1'"},
    {"- 1", 0, "could not convert string to float: '- 1'"},
    {"1 2", 0, "could not convert string to float: '1 2'"},
    {"1.5x", 0, "could not convert string to float: '1.5x'"},
    {"\303\251", 0, "could not convert string to float: '\303\251'"},
    {"\0341", 0, "could not convert string to float: '\\x1c1'"},
    {"1\0", 2, "could not convert string to float: '1\\x00'"},
    {"\331\241\331\242x", 0, "could not convert string to float: '\331\241\331\242x'"},
};

static void
test_float_from_string_rejects_bad_text_with_cpython_message(void **state)
{
    for (size_t i = 0; i < sizeof bad_strings / sizeof bad_strings[0]; i++) {
        const BadCase *c = &bad_strings[i];
        PyObject *s =
            PyUnicode_FromStringAndSize(c->text, c->len ? c->len : (Py_ssize_t)strlen(c->text));
        assert_non_null(s);
        PyObject *f = PyFloat_FromString(s);
        if (f != NULL)
            fail_msg("float(%s) did not fail", c->text);
        assert_error(PyExc_ValueError, c->message);
        Py_DECREF(s);
    }
}

static void
test_float_from_bytes_parses_and_reports_bytes_repr(void **state)
{
    PyObject *b = PyBytes_FromString(" 1.5\n");
    assert_same_double(take_double(PyFloat_FromString(b)), 1.5);
    Py_DECREF(b);
    b = PyBytes_FromString("abc");
    assert_null(PyFloat_FromString(b));
    assert_error(PyExc_ValueError, "could not convert string to float: b'abc'");
    Py_DECREF(b);
}

static void
test_float_parse_stops_where_the_number_ends(void **state)
{
    char *end;
    const char *s = "1e";
    assert_same_double(rt_float_parse(s, &end), 1.0);
    assert_ptr_equal(end, s + 1);
    s = "0x1p3";
    assert_same_double(rt_float_parse(s, &end), 0.0);
    assert_ptr_equal(end, s + 1);
    s = "-1.5e+3x";
    assert_same_double(rt_float_parse(s, &end), -1500.0);
    assert_ptr_equal(end, s + 7);
    s = "abc";
    rt_float_parse(s, &end);
    assert_ptr_equal(end, s);
    s = "-Infinity!";
    assert_same_double(rt_float_parse(s, &end), -INFINITY);
    assert_ptr_equal(end, s + 9);
    s = "+";
    rt_float_parse(s, &end);
    assert_ptr_equal(end, s);
    assert_null(PyErr_Occurred());
}

// ---- float(x) --------------------------------------------------------------------------

static PyObject *
call_float(PyObject *arg)
{
    PyObject *args = arg ? PyTuple_Pack(1, arg) : PyTuple_New(0);
    PyObject *r = PyFloat_Type.tp_new(&PyFloat_Type, args, NULL);
    Py_DECREF(args);
    return r;
}

static void
test_float_new_converts_ints_strings_and_floats(void **state)
{
    assert_same_double(take_double(call_float(NULL)), 0.0);
    PyObject *i = big_int("9007199254740993");
    assert_same_double(take_double(call_float(i)), 9007199254740992.0);
    Py_DECREF(i);
    assert_same_double(take_double(call_float(Py_True)), 1.0);
    PyObject *s = PyUnicode_FromString(" -2.5 ");
    assert_same_double(take_double(call_float(s)), -2.5);
    Py_DECREF(s);
    PyObject *f = PyFloat_FromDouble(3.25);
    PyObject *g = call_float(f);
    assert_ptr_equal(g, f); // float(f) of an exact float is f itself
    Py_DECREF(g);
    Py_DECREF(f);
}

static void
test_float_new_rejects_huge_ints_and_other_types(void **state)
{
    PyObject *i = big_int(TWO_POW_1024);
    assert_null(call_float(i));
    assert_error(PyExc_OverflowError, "int too large to convert to float");
    Py_DECREF(i);
    PyObject *l = PyList_New(0);
    assert_null(call_float(l));
    assert_error(PyExc_TypeError, "float() argument must be a string or a real number, not 'list'");
    Py_DECREF(l);
    assert_null(call_float(Py_None));
    assert_error(PyExc_TypeError,
                 "float() argument must be a string or a real number, not 'NoneType'");
}

static void
test_float_new_checks_its_arguments(void **state)
{
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *args = PyTuple_Pack(2, one, two);
    assert_null(PyFloat_Type.tp_new(&PyFloat_Type, args, NULL));
    assert_error(PyExc_TypeError, "float expected at most 1 argument, got 2");
    Py_DECREF(args);
    PyObject *empty = PyTuple_New(0);
    PyObject *kw = PyDict_New();
    PyObject *key = PyUnicode_FromString("x");
    assert_int_equal(PyDict_SetItem(kw, key, one), 0);
    assert_null(PyFloat_Type.tp_new(&PyFloat_Type, empty, kw));
    assert_error(PyExc_TypeError, "float() takes no keyword arguments");
    Py_DECREF(key);
    Py_DECREF(kw);
    Py_DECREF(empty);
    Py_DECREF(one);
    Py_DECREF(two);
}

static PyTypeObject float_subclass = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "test.FloatSub",
    .tp_basicsize = sizeof(PyFloatObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_base = &PyFloat_Type,
};

static void
test_float_new_builds_subclass_instances(void **state)
{
    assert_int_equal(PyType_Ready(&float_subclass), 0);
    PyObject *s = PyUnicode_FromString("2.5");
    PyObject *args = PyTuple_Pack(1, s);
    PyObject *f = PyFloat_Type.tp_new(&float_subclass, args, NULL);
    assert_non_null(f);
    assert_ptr_equal(Py_TYPE(f), &float_subclass);
    assert_true(PyFloat_Check(f));
    assert_false(PyFloat_CheckExact(f));
    assert_same_double(PyFloat_AS_DOUBLE(f), 2.5);
    // float(sub) and +sub give exact floats
    PyObject *g = nb()->nb_float(f);
    assert_ptr_equal(Py_TYPE(g), &PyFloat_Type);
    assert_same_double(take_double(g), 2.5);
    PyObject *r = PyObject_Repr(f);
    assert_string_equal(PyUnicode_AsUTF8(r), "2.5");
    Py_DECREF(r);
    Py_DECREF(f);
    Py_DECREF(args);
    Py_DECREF(s);
}

static void
test_float_as_double_accepts_ints_and_rejects_others(void **state)
{
    PyObject *i = PyLong_FromLong(-7);
    assert_same_double(PyFloat_AsDouble(i), -7.0);
    Py_DECREF(i);
    PyObject *s = PyUnicode_FromString("1.0");
    assert_same_double(PyFloat_AsDouble(s), -1.0);
    assert_error(PyExc_TypeError, "must be real number, not str");
    Py_DECREF(s);
    PyObject *f = rt_float_from_object(Py_False);
    assert_same_double(take_double(f), 0.0);
}

// ---- hash ------------------------------------------------------------------------------

static const struct {
    uint64_t bits;
    Py_hash_t hash;
} hashes[] = {
    {0x3fe0000000000000ULL, 1152921504606846976LL},  // 0.5
    {0x7e37e43c8800759cULL, 1224995262755759164LL},  // 1e+300
    {0xc004000000000000ULL, -1152921504606846978LL}, // -2.5
    {0x43d0000000000000ULL, 2LL},                    // float(2**62)
    {0x0000000000000000ULL, 0LL},                    // 0.0
    {0x8000000000000000ULL, 0LL},                    // -0.0
    {0x3ff0000000000000ULL, 1LL},                    // 1.0
    {0xbff0000000000000ULL, -2LL},                   // -1.0
    {0x3fb999999999999aULL, 230584300921369408LL},   // 0.1
    {0x01a56e1fc2f8f359ULL, 482449582752280463LL},   // 1e-300
    {0x7ff0000000000000ULL, 314159LL},               // inf
    {0xfff0000000000000ULL, -314159LL},              // -inf
    {0x43c0000000000000ULL, 1LL},                    // 2.0**61
    {0x43bfffffffffffffULL, 2305843009213693696LL},  // 2.0**61 - 256
    {0x7fe1ccf385ebc8a0ULL, 156575653125701LL},      // 1e+308
    {0x0000000000000001ULL, 16777216LL},             // 5e-324
    {0xbee4f8b588e368f1ULL, -2170758078822671208LL}, // -1e-05
    {0x400921fb54442d18ULL, 326490430436040707LL},   // pi
    {0x43f0000000000000ULL, 8LL},                    // float(2**64)
    {0x419d6f34547df3b6ULL, 283618680910892309LL},   // 123456789.123
};

static void
test_float_hash_matches_cpython(void **state)
{
    for (size_t i = 0; i < sizeof hashes / sizeof hashes[0]; i++) {
        PyObject *f = PyFloat_FromDouble(from_bits(hashes[i].bits));
        Py_hash_t h = PyFloat_Type.tp_hash(f);
        if (h != hashes[i].hash)
            fail_msg("hash(0x%016llx) = %lld", (unsigned long long)hashes[i].bits, (long long)h);
        Py_DECREF(f);
    }
}

static void
test_float_hash_of_integral_value_equals_int_hash(void **state)
{
    PyObject *f = PyFloat_FromDouble(-12345.0);
    PyObject *i = PyLong_FromLong(-12345);
    assert_int_equal(PyObject_Hash(f), PyObject_Hash(i));
    Py_DECREF(f);
    Py_DECREF(i);
}

// ---- comparison ------------------------------------------------------------------------

// a <op> b through float's slot, with b an int given in decimal, for a float a.
static int
cmp_int(double a, const char *b, int op)
{
    PyObject *f = PyFloat_FromDouble(a);
    PyObject *i = big_int(b);
    PyObject *r = PyFloat_Type.tp_richcompare(f, i, op);
    assert_non_null(r);
    assert_true(PyBool_Check(r));
    int result = r == Py_True;
    Py_DECREF(r);
    Py_DECREF(i);
    Py_DECREF(f);
    return result;
}

static void
test_float_compare_with_int_is_exact(void **state)
{
    // float(2**53) < 2**53 + 1, though the int rounds to the same double
    assert_true(cmp_int(9007199254740992.0, "9007199254740993", Py_LT));
    assert_false(cmp_int(9007199254740992.0, "9007199254740993", Py_EQ));
    assert_true(cmp_int(9007199254740994.0, "9007199254740993", Py_GT));
    assert_true(cmp_int(9.223372036854776e18, "9223372036854775808", Py_EQ));
    assert_true(cmp_int(9.223372036854776e18, "9223372036854775807", Py_GT));
    assert_true(cmp_int(-9.223372036854776e18, "-9223372036854775808", Py_EQ));
    assert_true(cmp_int(-9.223372036854776e18, "-9223372036854775809", Py_GT));
    assert_true(cmp_int(1.8446744073709552e19, "18446744073709551617", Py_LT));
    assert_true(cmp_int(4.611686018427388e18, "4611686018427387905", Py_LT));
    assert_true(cmp_int(-4.611686018427388e18, "-4611686018427387905", Py_GT));
    assert_true(
        cmp_int(1e308,
                "1000000000000000010979063629440455417404923096773118463368106829031575854049114915"
                "3716332897849468889906124966972117251561159028374314008832830700919814604603127166"
                "4502933027185697489699588559043338384466165001178426897626212945177628091195786707"
                "458122783970171784415105291802893207873272974885715430223118336",
                Py_EQ));
    assert_true(
        cmp_int(1e308,
                "1000000000000000010979063629440455417404923096773118463368106829031575854049114915"
                "3716332897849468889906124966972117251561159028374314008832830700919814604603127166"
                "4502933027185697489699588559043338384466165001178426897626212945177628091195786707"
                "458122783970171784415105291802893207873272974885715430223118337",
                Py_LT));
    assert_true(cmp_int(1.7976931348623157e308, TWO_POW_1024, Py_LT));
    assert_true(cmp_int(-1.5, "-1180591620717411303424", Py_GT));
    assert_true(cmp_int(-1.5, "1180591620717411303424", Py_LT));
    assert_true(cmp_int(1e30, "-1180591620717411303424", Py_GT));
    assert_true(cmp_int(2.5, "2", Py_GT));
    assert_true(cmp_int(2.5, "3", Py_LT));
    assert_true(cmp_int(-2.5, "-2", Py_LT));
    assert_true(cmp_int(-2.5, "-3", Py_GE));
    assert_true(cmp_int(-0.0, "0", Py_EQ));
    assert_true(cmp_int(-0.0, "0", Py_LE));
}

static void
test_float_compare_with_int_handles_inf_and_nan(void **state)
{
    const char *huge =
        "1"
        "0000000000000000000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000000000000000000000000000000000000000000000";
    assert_true(cmp_int(INFINITY, huge, Py_GT));
    assert_true(cmp_int(-INFINITY, huge, Py_LT));
    assert_true(cmp_int(1e308, huge, Py_LT));
    assert_false(cmp_int(NAN, "0", Py_EQ));
    assert_false(cmp_int(NAN, "0", Py_LT));
    assert_false(cmp_int(NAN, "0", Py_GE));
    assert_true(cmp_int(NAN, "0", Py_NE));
    assert_false(cmp_int(NAN, huge, Py_GT));
}

static void
test_float_compare_floats_and_nan(void **state)
{
    PyObject *a = PyFloat_FromDouble(1.5), *b = PyFloat_FromDouble(2.0);
    PyObject *n = PyFloat_FromDouble(NAN);
    PyObject *r = PyFloat_Type.tp_richcompare(a, b, Py_LT);
    assert_ptr_equal(r, Py_True);
    r = PyFloat_Type.tp_richcompare(n, n, Py_EQ);
    assert_ptr_equal(r, Py_False);
    r = PyFloat_Type.tp_richcompare(n, n, Py_NE);
    assert_ptr_equal(r, Py_True);
    PyObject *s = PyUnicode_FromString("x");
    r = PyFloat_Type.tp_richcompare(a, s, Py_EQ);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    Py_DECREF(s);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(n);
}

// ---- arithmetic ------------------------------------------------------------------------

static const struct {
    uint64_t a, b, div, mod;
} divmods[] = {
    {0x8000000000000000ULL, 0x3ff0000000000000ULL, 0x8000000000000000ULL,
     0x0000000000000000ULL}, // divmod(-0.0, 1.0) = (-0.0, 0.0)
    {0x0000000000000000ULL, 0xbff0000000000000ULL, 0x8000000000000000ULL,
     0x8000000000000000ULL}, // divmod(0.0, -1.0) = (-0.0, -0.0)
    {0xbff0000000000000ULL, 0x4008000000000000ULL, 0xbff0000000000000ULL,
     0x4000000000000000ULL}, // divmod(-1.0, 3.0) = (-1.0, 2.0)
    {0x3ff0000000000000ULL, 0xc008000000000000ULL, 0xbff0000000000000ULL,
     0xc000000000000000ULL}, // divmod(1.0, -3.0) = (-1.0, -2.0)
    {0x8000000000000000ULL, 0xbff0000000000000ULL, 0x0000000000000000ULL,
     0x8000000000000000ULL}, // divmod(-0.0, -1.0) = (0.0, -0.0)
    {0x0000000000000000ULL, 0x3ff0000000000000ULL, 0x0000000000000000ULL,
     0x0000000000000000ULL}, // divmod(0.0, 1.0) = (0.0, 0.0)
    {0x4014000000000000ULL, 0x3fb999999999999aULL, 0x4048800000000000ULL,
     0x3fb9999999999986ULL}, // divmod(5.0, 0.1) = (49.0, 0.09999999999999973)
    {0xc014000000000000ULL, 0x3fb999999999999aULL, 0xc049000000000000ULL,
     0x3cb4000000000000ULL}, // divmod(-5.0, 0.1) = (-50.0, 2.7755575615628914e-16)
    {0x400c000000000000ULL, 0xbfe0000000000000ULL, 0xc01c000000000000ULL,
     0x8000000000000000ULL}, // divmod(3.5, -0.5) = (-7.0, -0.0)
    {0xc00c000000000000ULL, 0x3fe0000000000000ULL, 0xc01c000000000000ULL,
     0x0000000000000000ULL}, // divmod(-3.5, 0.5) = (-7.0, 0.0)
    {0x3ff0000000000000ULL, 0x7ff0000000000000ULL, 0x0000000000000000ULL,
     0x3ff0000000000000ULL}, // divmod(1.0, inf) = (0.0, 1.0)
    {0xbff0000000000000ULL, 0x7ff0000000000000ULL, 0xbff0000000000000ULL,
     0x7ff0000000000000ULL}, // divmod(-1.0, inf) = (-1.0, inf)
    {0x3ff0000000000000ULL, 0xfff0000000000000ULL, 0xbff0000000000000ULL,
     0xfff0000000000000ULL}, // divmod(1.0, -inf) = (-1.0, -inf)
    {0xbff0000000000000ULL, 0xfff0000000000000ULL, 0x0000000000000000ULL,
     0xbff0000000000000ULL}, // divmod(-1.0, -inf) = (0.0, -1.0)
    {0x401c000000000000ULL, 0x4000000000000000ULL, 0x4008000000000000ULL,
     0x3ff0000000000000ULL}, // divmod(7.0, 2.0) = (3.0, 1.0)
    {0xc01c000000000000ULL, 0x4000000000000000ULL, 0xc010000000000000ULL,
     0x3ff0000000000000ULL}, // divmod(-7.0, 2.0) = (-4.0, 1.0)
    {0x401c000000000000ULL, 0xc000000000000000ULL, 0xc010000000000000ULL,
     0xbff0000000000000ULL}, // divmod(7.0, -2.0) = (-4.0, -1.0)
    {0xc01c000000000000ULL, 0xc000000000000000ULL, 0x4008000000000000ULL,
     0xbff0000000000000ULL}, // divmod(-7.0, -2.0) = (3.0, -1.0)
    {0x7fe1ccf385ebc8a0ULL, 0x000730d67819e8d2ULL, 0x7ff0000000000000ULL,
     0x00028401cf53d610ULL}, // divmod(1e+308, 1e-308) = (inf, 3.498445546245627e-309)
    {0x7ff0000000000000ULL, 0x3ff0000000000000ULL, 0x7ff8000000000000ULL,
     0x7ff8000000000000ULL}, // divmod(inf, 1.0) = (nan, nan)
    {0x3fb999999999999aULL, 0x3f847ae147ae147bULL, 0x4024000000000000ULL,
     0x3c50000000000000ULL}, // divmod(0.1, 0.01) = (10.0, 3.469446951953614e-18)
    {0x81a56e1fc2f8f359ULL, 0x7e37e43c8800759cULL, 0xbff0000000000000ULL,
     0x7e37e43c8800759cULL}, // divmod(-1e-300, 1e+300) = (-1.0, 1e+300)
    {0x01a56e1fc2f8f359ULL, 0xfe37e43c8800759cULL, 0xbff0000000000000ULL,
     0xfe37e43c8800759cULL}, // divmod(1e-300, -1e+300) = (-1.0, -1e+300)
    {0x4018000000000000ULL, 0xc008000000000000ULL, 0xc000000000000000ULL,
     0x8000000000000000ULL}, // divmod(6.0, -3.0) = (-2.0, -0.0)
    {0xc018000000000000ULL, 0x4008000000000000ULL, 0xc000000000000000ULL,
     0x0000000000000000ULL}, // divmod(-6.0, 3.0) = (-2.0, 0.0)
};

static void
test_float_divmod_follows_divisor_sign_and_signed_zeros(void **state)
{
    for (size_t i = 0; i < sizeof divmods / sizeof divmods[0]; i++) {
        double d, m;
        rt_float_divmod(from_bits(divmods[i].a), from_bits(divmods[i].b), &d, &m);
        assert_same_double(d, from_bits(divmods[i].div));
        assert_same_double(m, from_bits(divmods[i].mod));
        // the slots agree with the C helper
        PyObject *a = PyFloat_FromDouble(from_bits(divmods[i].a));
        PyObject *b = PyFloat_FromDouble(from_bits(divmods[i].b));
        assert_same_double(take_double(nb()->nb_floor_divide(a, b)), from_bits(divmods[i].div));
        assert_same_double(take_double(nb()->nb_remainder(a, b)), from_bits(divmods[i].mod));
        PyObject *t = nb()->nb_divmod(a, b);
        assert_non_null(t);
        assert_int_equal(PyTuple_Size(t), 2);
        assert_same_double(PyFloat_AS_DOUBLE(PyTuple_GetItem(t, 0)), from_bits(divmods[i].div));
        assert_same_double(PyFloat_AS_DOUBLE(PyTuple_GetItem(t, 1)), from_bits(divmods[i].mod));
        Py_DECREF(t);
        Py_DECREF(a);
        Py_DECREF(b);
    }
}

static void
test_float_division_by_zero_messages(void **state)
{
    PyObject *one = PyFloat_FromDouble(1.0), *zero = PyFloat_FromDouble(0.0);
    PyObject *izero = PyLong_FromLong(0);
    assert_null(nb()->nb_true_divide(one, zero));
    assert_error(PyExc_ZeroDivisionError, "float division by zero");
    assert_null(nb()->nb_true_divide(one, izero)); // 1.0 / 0
    assert_error(PyExc_ZeroDivisionError, "float division by zero");
    assert_null(nb()->nb_floor_divide(one, zero));
    assert_error(PyExc_ZeroDivisionError, "float floor division by zero");
    assert_null(nb()->nb_remainder(one, zero));
    assert_error(PyExc_ZeroDivisionError, "float modulo");
    assert_null(nb()->nb_divmod(one, zero));
    assert_error(PyExc_ZeroDivisionError, "float divmod()");
    PyObject *ione = PyLong_FromLong(1);
    assert_null(nb()->nb_divmod(ione, zero)); // divmod(1, 0.0)
    assert_error(PyExc_ZeroDivisionError, "float divmod()");
    Py_DECREF(ione);
    Py_DECREF(izero);
    Py_DECREF(one);
    Py_DECREF(zero);
}

static void
test_float_arithmetic_with_int_operands_on_either_side(void **state)
{
    PyObject *f = PyFloat_FromDouble(2.5), *i = PyLong_FromLong(3);
    assert_same_double(take_double(nb()->nb_add(i, f)), 5.5);
    assert_same_double(take_double(nb()->nb_add(f, i)), 5.5);
    assert_same_double(take_double(nb()->nb_subtract(i, f)), 0.5);
    assert_same_double(take_double(nb()->nb_multiply(f, i)), 7.5);
    assert_same_double(take_double(nb()->nb_true_divide(i, f)), 1.2);
    assert_same_double(take_double(nb()->nb_floor_divide(i, f)), 1.0);
    assert_same_double(take_double(nb()->nb_remainder(i, f)), 0.5);
    assert_same_double(take_double(nb()->nb_power(f, i, Py_None)), 15.625);
    PyObject *huge = big_int(TWO_POW_1024);
    assert_null(nb()->nb_add(huge, f));
    assert_error(PyExc_OverflowError, "int too large to convert to float");
    assert_null(nb()->nb_add(f, huge));
    assert_error(PyExc_OverflowError, "int too large to convert to float");
    PyObject *s = PyUnicode_FromString("x");
    PyObject *r = nb()->nb_add(f, s);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    r = nb()->nb_multiply(s, f);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    Py_DECREF(s);
    Py_DECREF(huge);
    Py_DECREF(f);
    Py_DECREF(i);
}

static const struct {
    uint64_t x, y, r;
} powers[] = {
    {0x0000000000000000ULL, 0x0000000000000000ULL, 0x3ff0000000000000ULL}, // 0.0 ** 0.0 = 1.0
    {0x7ff8000000000000ULL, 0x0000000000000000ULL, 0x3ff0000000000000ULL}, // nan ** 0.0 = 1.0
    {0x3ff0000000000000ULL, 0x7ff8000000000000ULL, 0x3ff0000000000000ULL}, // 1.0 ** nan = 1.0
    {0x7ff8000000000000ULL, 0x3ff0000000000000ULL, 0x7ff8000000000000ULL}, // nan ** 1.0 = nan
    {0x4000000000000000ULL, 0x7ff8000000000000ULL, 0x7ff8000000000000ULL}, // 2.0 ** nan = nan
    {0xbff0000000000000ULL, 0x7ff0000000000000ULL, 0x3ff0000000000000ULL}, // -1.0 ** inf = 1.0
    {0x3fe0000000000000ULL, 0x7ff0000000000000ULL, 0x0000000000000000ULL}, // 0.5 ** inf = 0.0
    {0x4000000000000000ULL, 0x7ff0000000000000ULL, 0x7ff0000000000000ULL}, // 2.0 ** inf = inf
    {0x3fe0000000000000ULL, 0xfff0000000000000ULL, 0x7ff0000000000000ULL}, // 0.5 ** -inf = inf
    {0x4000000000000000ULL, 0xfff0000000000000ULL, 0x0000000000000000ULL}, // 2.0 ** -inf = 0.0
    {0x7ff0000000000000ULL, 0x4008000000000000ULL, 0x7ff0000000000000ULL}, // inf ** 3.0 = inf
    {0xfff0000000000000ULL, 0x4008000000000000ULL, 0xfff0000000000000ULL}, // -inf ** 3.0 = -inf
    {0xfff0000000000000ULL, 0x4000000000000000ULL, 0x7ff0000000000000ULL}, // -inf ** 2.0 = inf
    {0xfff0000000000000ULL, 0xc008000000000000ULL, 0x8000000000000000ULL}, // -inf ** -3.0 = -0.0
    {0xfff0000000000000ULL, 0xc000000000000000ULL, 0x0000000000000000ULL}, // -inf ** -2.0 = 0.0
    {0x8000000000000000ULL, 0x4008000000000000ULL, 0x8000000000000000ULL}, // -0.0 ** 3.0 = -0.0
    {0x8000000000000000ULL, 0x4000000000000000ULL, 0x0000000000000000ULL}, // -0.0 ** 2.0 = 0.0
    {0x8000000000000000ULL, 0x3fe0000000000000ULL, 0x0000000000000000ULL}, // -0.0 ** 0.5 = 0.0
    {0xc000000000000000ULL, 0x4008000000000000ULL, 0xc020000000000000ULL}, // -2.0 ** 3.0 = -8.0
    {0xbff0000000000000ULL, 0x7e37e43c8800759cULL, 0x3ff0000000000000ULL}, // -1.0 ** 1e+300 = 1.0
    {0xbff0000000000000ULL, 0x433fffffffffffffULL,
     0xbff0000000000000ULL}, // -1.0 ** (2.0**53 - 1) = -1.0
    {0x4000000000000000ULL, 0xc090cc0000000000ULL, 0x0000000000000000ULL}, // 2.0 ** -1075.0 = 0.0
    {0x4000000000000000ULL, 0x3fe0000000000000ULL, 0x3ff6a09e667f3bcdULL}, // 2.0 ** 0.5
    {0x4024000000000000ULL, 0xc079000000000000ULL, 0x0000000000000000ULL}, // 10.0 ** -400.0 = 0.0
    {0xc000000000000000ULL, 0xc008000000000000ULL, 0xbfc0000000000000ULL}, // -2.0 ** -3.0 = -0.125
    {0x3ff0000000000000ULL, 0x7ff0000000000000ULL, 0x3ff0000000000000ULL}, // 1.0 ** inf = 1.0
    {0x3ff0000000000000ULL, 0xfff0000000000000ULL, 0x3ff0000000000000ULL}, // 1.0 ** -inf = 1.0
    {0xfff0000000000000ULL, 0x3fe0000000000000ULL, 0x7ff0000000000000ULL}, // -inf ** 0.5 = inf
    {0x4008000000000000ULL, 0x4010000000000000ULL, 0x4054400000000000ULL}, // 3.0 ** 4.0 = 81.0
};

static PyObject *
float_pow(double x, double y)
{
    PyObject *a = PyFloat_FromDouble(x), *b = PyFloat_FromDouble(y);
    PyObject *r = nb()->nb_power(a, b, Py_None);
    Py_DECREF(a);
    Py_DECREF(b);
    return r;
}

static void
test_float_pow_special_cases_match_cpython(void **state)
{
    for (size_t i = 0; i < sizeof powers / sizeof powers[0]; i++) {
        PyObject *r = float_pow(from_bits(powers[i].x), from_bits(powers[i].y));
        assert_same_double(take_double(r), from_bits(powers[i].r));
    }
}

static void
test_float_pow_negative_base_fractional_exponent_is_complex(void **state)
{
    // python3: (-8.0) ** (1/3) == (1.0000000000000002+1.7320508075688772j)
    PyObject *r = float_pow(-8.0, 1.0 / 3.0);
    assert_non_null(r);
    assert_true(PyComplex_CheckExact(r));
    PyObject *s = PyObject_Repr(r);
    assert_string_equal(PyUnicode_AsUTF8(s), "(1.0000000000000002+1.7320508075688772j)");
    Py_DECREF(s);
    Py_DECREF(r);
    // (-8.0) ** 0.5 == (1.7319121124709868e-16+2.8284271247461903j)
    r = float_pow(-8.0, 0.5);
    s = PyObject_Repr(r);
    assert_string_equal(PyUnicode_AsUTF8(s), "(1.7319121124709868e-16+2.8284271247461903j)");
    Py_DECREF(s);
    Py_DECREF(r);
    // An int base reaches float's power through the reflected slot: (-8) ** 0.5 as well.
    PyObject *a = PyLong_FromLong(-8), *b = PyFloat_FromDouble(0.5);
    r = nb()->nb_power(a, b, Py_None);
    s = PyObject_Repr(r);
    assert_string_equal(PyUnicode_AsUTF8(s), "(1.7319121124709868e-16+2.8284271247461903j)");
    Py_DECREF(s);
    Py_DECREF(r);
    Py_DECREF(a);
    Py_DECREF(b);
}

static void
test_float_pow_errors(void **state)
{
    assert_null(float_pow(0.0, -1.0));
    assert_error(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    assert_null(float_pow(-0.0, -2.0));
    assert_error(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    assert_null(float_pow(10.0, 400.0));
    assert_error(PyExc_OverflowError, "(34, 'Numerical result out of range')");
    assert_null(float_pow(-10.0, 401.0));
    assert_error(PyExc_OverflowError, "(34, 'Numerical result out of range')");
    assert_null(float_pow(1e300, 2.0));
    assert_error(PyExc_OverflowError, "(34, 'Numerical result out of range')");
    PyObject *a = PyFloat_FromDouble(2.0), *b = PyFloat_FromDouble(3.0), *m = PyLong_FromLong(5);
    assert_null(nb()->nb_power(a, b, m));
    assert_error(PyExc_TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(m);
}

static void
test_float_unary_slots(void **state)
{
    PyObject *z = PyFloat_FromDouble(-0.0), *f = PyFloat_FromDouble(-2.5);
    assert_same_double(take_double(nb()->nb_negative(f)), 2.5);
    assert_same_double(take_double(nb()->nb_absolute(z)), 0.0);
    assert_same_double(take_double(nb()->nb_negative(z)), 0.0);
    PyObject *p = nb()->nb_positive(f);
    assert_ptr_equal(p, f);
    Py_DECREF(p);
    assert_int_equal(nb()->nb_bool(z), 0);
    assert_int_equal(nb()->nb_bool(f), 1);
    PyObject *n = PyFloat_FromDouble(NAN);
    assert_int_equal(nb()->nb_bool(n), 1);
    Py_DECREF(n);
    Py_DECREF(z);
    Py_DECREF(f);
}

static void
test_float_int_truncates_and_rejects_nan_and_inf(void **state)
{
    PyObject *f = PyFloat_FromDouble(-2.75);
    PyObject *i = nb()->nb_int(f);
    assert_non_null(i);
    assert_true(PyLong_Check(i));
    assert_int_equal(PyLong_AsLong(i), -2);
    Py_DECREF(i);
    Py_DECREF(f);
    f = PyFloat_FromDouble(1e20);
    i = nb()->nb_int(f);
    PyObject *want = big_int("100000000000000000000");
    assert_int_equal(rt_int_compare(i, want), 0);
    Py_DECREF(want);
    Py_DECREF(i);
    Py_DECREF(f);
    f = PyFloat_FromDouble(NAN);
    assert_null(nb()->nb_int(f));
    assert_error(PyExc_ValueError, "cannot convert float NaN to integer");
    Py_DECREF(f);
    f = PyFloat_FromDouble(-INFINITY);
    assert_null(nb()->nb_int(f));
    assert_error(PyExc_OverflowError, "cannot convert float infinity to integer");
    Py_DECREF(f);
}

static void
test_float_objects_survive_free_list_reuse(void **state)
{
    PyObject *fs[300];
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 300; i++)
            fs[i] = PyFloat_FromDouble(i + 0.5);
        for (int i = 0; i < 300; i++) {
            assert_ptr_equal(Py_TYPE(fs[i]), &PyFloat_Type);
            assert_int_equal(Py_REFCNT(fs[i]), 1);
            assert_same_double(PyFloat_AS_DOUBLE(fs[i]), i + 0.5);
        }
        for (int i = 0; i < 300; i++)
            Py_DECREF(fs[i]);
    }
    rt_float_fini();
    assert_same_double(take_double(PyFloat_FromDouble(7.0)), 7.0);
}

static int
setup(void **state)
{
    return rt_runtime_init();
}

static int
teardown(void **state)
{
    rt_float_fini();
    rt_runtime_fini();
    return 0;
}

// round(x, ndigits) through rt_float_round: from the exact binary value, ties to even.
static void
test_float_round_is_correctly_rounded(void **state)
{
    static const struct {
        double x;
        long ndigits; // LONG_MIN: no ndigits (round to an int)
        const char *repr;
    } cases[] = {
        {2.675, 2, "2.67"},      {1.005, 2, "1.0"},       {0.125, 2, "0.12"},
        {2.5, LONG_MIN, "2"},    {-0.5, LONG_MIN, "0"},   {-1.5, LONG_MIN, "-2"},
        {1250.0, -2, "1200.0"},  {1350.0, -2, "1400.0"},  {5e-324, 323, "0.0"},
        {5e-324, 324, "5e-324"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *x = PyFloat_FromDouble(cases[i].x);
        PyObject *nd = cases[i].ndigits == LONG_MIN ? NULL : PyLong_FromLong(cases[i].ndigits);
        PyObject *r = rt_float_round(x, nd);
        assert_repr(r, cases[i].repr);
        Py_DECREF(r);
        Py_XDECREF(nd);
        Py_DECREF(x);
    }
    PyObject *x = PyFloat_FromDouble(1.7976931348623157e308), *nd = PyLong_FromLong(-308);
    assert_null(rt_float_round(x, nd));
    assert_raised(PyExc_OverflowError, "rounded value too large to represent");
    Py_DECREF(nd);
    Py_DECREF(x);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_float_repr_of_tricky_values_matches_cpython),
        cmocka_unit_test(test_float_repr_of_random_values_matches_cpython),
        cmocka_unit_test(test_float_repr_round_trips_random_bit_patterns),
        cmocka_unit_test(test_float_repr_and_str_objects_use_the_short_repr),
        cmocka_unit_test(test_float_from_string_accepts_cpython_syntax),
        cmocka_unit_test(test_float_from_string_reads_a_long_mantissa_exactly),
        cmocka_unit_test(test_float_from_string_rejects_bad_text_with_cpython_message),
        cmocka_unit_test(test_float_from_bytes_parses_and_reports_bytes_repr),
        cmocka_unit_test(test_float_parse_stops_where_the_number_ends),
        cmocka_unit_test(test_float_new_converts_ints_strings_and_floats),
        cmocka_unit_test(test_float_new_rejects_huge_ints_and_other_types),
        cmocka_unit_test(test_float_new_checks_its_arguments),
        cmocka_unit_test(test_float_new_builds_subclass_instances),
        cmocka_unit_test(test_float_as_double_accepts_ints_and_rejects_others),
        cmocka_unit_test(test_float_hash_matches_cpython),
        cmocka_unit_test(test_float_hash_of_integral_value_equals_int_hash),
        cmocka_unit_test(test_float_compare_with_int_is_exact),
        cmocka_unit_test(test_float_compare_with_int_handles_inf_and_nan),
        cmocka_unit_test(test_float_compare_floats_and_nan),
        cmocka_unit_test(test_float_divmod_follows_divisor_sign_and_signed_zeros),
        cmocka_unit_test(test_float_division_by_zero_messages),
        cmocka_unit_test(test_float_arithmetic_with_int_operands_on_either_side),
        cmocka_unit_test(test_float_pow_special_cases_match_cpython),
        cmocka_unit_test(test_float_pow_errors),
        cmocka_unit_test(test_float_pow_negative_base_fractional_exponent_is_complex),
        cmocka_unit_test(test_float_unary_slots),
        cmocka_unit_test(test_float_int_truncates_and_rejects_nan_and_inf),
        cmocka_unit_test(test_float_objects_survive_free_list_reuse),
        cmocka_unit_test(test_float_round_is_correctly_rounded),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
